using System.Security.Claims;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.Tests.Units;

/// <summary>Just enough of a resolver context for code that reads the user and arguments.</summary>
internal sealed class FakeResolverContext(ClaimsPrincipal user) : IResolverContext
{
    public object? Source => null;

    public LiveSales.GraphQL.Types.Schema Schema => throw new NotSupportedException();

    public ObjectType ParentType => throw new NotSupportedException();

    public FieldDefinition FieldDefinition => throw new NotSupportedException();

    public IReadOnlyList<FieldNode> FieldNodes => [];

    public LiveSales.GraphQL.Types.Path Path => LiveSales.GraphQL.Types.Path.Root("field");

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Variables => new Dictionary<string, object?>();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public object? RootValue => null;

    public IServiceProvider Services => throw new NotSupportedException();

    public ClaimsPrincipal User => user;

    public CancellationToken CancellationToken => CancellationToken.None;

    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();
}
