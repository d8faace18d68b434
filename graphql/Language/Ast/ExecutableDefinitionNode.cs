namespace LiveSales.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode(Location? location) : DefinitionNode(location), IHasDirectives
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode? Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
