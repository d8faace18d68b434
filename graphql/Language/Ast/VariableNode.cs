namespace LiveSales.GraphQL.Language;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode(
    NameNode name,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.Variable;

    public NameNode Name { get; } = name;
}
