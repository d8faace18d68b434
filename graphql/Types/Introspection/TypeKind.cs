namespace LiveSales.GraphQL.Types;

/// <summary>The kinds of types introspection reports (<c>__TypeKind</c>).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
