namespace LiveSales.GraphQL.Types;

/// <summary>
/// A GraphQL type: a named type (scalar, object, interface, union, enum, input object) or a
/// wrapper (list, non-null). <see cref="ToString"/> gives the type as written in SDL: <c>[Customer!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    public abstract override string ToString();
}
