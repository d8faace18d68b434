using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>Type equality, subtyping and overlap, as the spec defines them for validation.</summary>
public static class TypeComparators
{
    /// <summary>The same type: identical named types under identical wrappers.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => (typeA, typeB) switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
        (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType()
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types can have an object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            return typeB.IsAbstractType()
                ? schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }
}
