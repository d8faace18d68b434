namespace LiveSales.GraphQL.Types;

/// <summary>An interface or union: its value's object type is found at run time.</summary>
public interface IAbstractType
{
    string Name { get; }

    /// <summary>Names the object type of a value; when null, <see cref="DefaultTypeResolver"/> decides.</summary>
    TypeResolver? ResolveType { get; }
}
