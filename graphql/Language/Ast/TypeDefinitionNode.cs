namespace LiveSales.GraphQL.Language;

/// <summary>A scalar, object, interface, union, enum or input object definition.</summary>
public abstract class TypeDefinitionNode(Location? location) : TypeSystemDefinitionNode(location), IHasDirectives
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
