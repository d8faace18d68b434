namespace LiveSales.GraphQL.Types;

/// <summary>A list of values of another type: <c>[T]</c>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override string ToString() => "[" + OfType + "]";
}
