namespace LiveSales.GraphQL.Types;

/// <summary>The type predicates of the spec (graphql-js's <c>isInputType</c>, <c>getNamedType</c>, ...); all accept null.</summary>
public static class GraphQLTypeExtensions
{
    /// <summary>The named type inside any list and non-null wrappers.</summary>
    public static NamedType? GetNamedType(this GraphQLType? type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return type as NamedType;
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static GraphQLType? GetNullableType(this GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>Scalars, enums, input objects, and wrappers of them.</summary>
    public static bool IsInputType(this GraphQLType? type) => type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums, and wrappers of them.</summary>
    public static bool IsOutputType(this GraphQLType? type) =>
        type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Scalars and enums.</summary>
    public static bool IsLeafType(this GraphQLType? type) => type is ScalarType or EnumType;

    /// <summary>Objects, interfaces and unions: what selection sets are made on.</summary>
    public static bool IsCompositeType(this GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Interfaces and unions.</summary>
    public static bool IsAbstractType(this GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsNonNullType(this GraphQLType? type) => type is NonNullType;

    public static bool IsListType(this GraphQLType? type) => type is ListType;

    /// <summary>Wraps the type as non-null (unless it already is).</summary>
    public static NonNullType NonNull(this GraphQLType type) => type as NonNullType ?? new NonNullType(type);

    /// <summary>Wraps the type as a list.</summary>
    public static ListType List(this GraphQLType type) => new(type);
}
