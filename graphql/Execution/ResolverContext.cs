using System.Security.Claims;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

using Path = LiveSales.GraphQL.Types.Path;

namespace LiveSales.GraphQL.Execution;

/// <summary>The context of one field's resolver call: small, one per field executed.</summary>
internal sealed class ResolverContext(OperationExecutor executor, PlannedField plannedField, ObjectType parentType, object? source, Path path) : IResolverContext
{
    public object? Source { get; } = source;

    public Schema Schema => executor.Schema;

    public ObjectType ParentType { get; } = parentType;

    public FieldDefinition FieldDefinition => plannedField.Definition;

    public IReadOnlyList<FieldNode> FieldNodes => plannedField.Nodes;

    public Path Path { get; } = path;

    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = null!;

    public IReadOnlyDictionary<string, object?> Variables => executor.Variables;

    public OperationDefinitionNode Operation => executor.Operation;

    public object? RootValue => executor.RootValue;

    public IServiceProvider Services => executor.Services;

    public ClaimsPrincipal User => executor.User;

    public CancellationToken CancellationToken => executor.CancellationToken;

    public IDictionary<string, object?> Items => executor.Items;

    internal PlannedField Field => plannedField;
}
