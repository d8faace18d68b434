namespace LiveSales.GraphQL.Language;

/// <summary>A query, mutation or subscription; the shorthand <c>{ ... }</c> is an anonymous query.</summary>
public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    StringValueNode? description,
    Location? location = null) : ExecutableDefinitionNode(location)
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public OperationType Operation { get; } = operation;

    public override NameNode? Name { get; } = name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;

    public override StringValueNode? Description { get; } = description;
}
