namespace LiveSales.GraphQL.Language;

/// <summary>A variable declared by an operation: <c>$first: Int = 10</c>.</summary>
public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    StringValueNode? description,
    Location? location = null) : AstNode(location), IHasDirectives
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public StringValueNode? Description { get; } = description;
}
