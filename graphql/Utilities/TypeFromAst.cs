using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>The schema type a type reference names, or null when the named type does not exist.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Convert(Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeNode);
        return typeNode switch
        {
            ListTypeNode list => Convert(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => Convert(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
            NamedTypeNode named => schema.GetType(named.Name.Value),
            _ => null,
        };
    }
}
