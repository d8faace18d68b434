using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>A field as collected from a selection set: its node, the type it was selected on and its definition.</summary>
internal sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
{
    private FieldInfo? _info;

    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public FieldDefinition? Definition { get; } = definition;

    /// <summary>No arguments and no sub-selection: two of these with one name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    /// <summary>What comparing needs, prepared only for fields that overlap another.</summary>
    public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.GetNamedType(), Node.Arguments);
}
