using System.Security.Claims;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests;

/// <summary>A resolver context for calling resolvers directly, without an executor.</summary>
internal sealed class FakeResolverContext(Schema schema, object? source, ObjectType parentType, FieldDefinition field) : IResolverContext
{
    public object? Source { get; } = source;

    public Schema Schema { get; } = schema;

    public ObjectType ParentType { get; } = parentType;

    public FieldDefinition FieldDefinition { get; } = field;

    public IReadOnlyList<FieldNode> FieldNodes { get; } = [];

    public LiveSales.GraphQL.Types.Path Path { get; } = LiveSales.GraphQL.Types.Path.Root(field.Name);

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public OperationDefinitionNode Operation { get; } = (OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0];

    public object? RootValue { get; }

    public IServiceProvider Services { get; init; } = new EmptyServices();

    public ClaimsPrincipal User { get; } = new(new ClaimsIdentity());

    public CancellationToken CancellationToken { get; }

    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();

    /// <summary>Resolves a field of a type on a parent value with the given arguments.</summary>
    public static async Task<object?> ResolveAsync(Schema schema, ObjectType type, string fieldName, object? source, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        FieldDefinition field = schema.GetField(type, fieldName) ?? throw new ArgumentException($"No field {type.Name}.{fieldName}.");
        var context = new FakeResolverContext(schema, source, type, field) { Arguments = arguments ?? new Dictionary<string, object?>() };
        return await (field.Resolver ?? DefaultFieldResolver.Instance)(context);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
