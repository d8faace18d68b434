using System.Reflection;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>
/// A reference to a type while a schema is being built: written as in SDL (<c>"[Customer!]!"</c>,
/// converted implicitly from a string), or made from a type builder, a finished type, or — for
/// fields bound to .NET members — a .NET type. Names are resolved when the schema is built.
/// </summary>
public sealed class TypeReference
{
    private TypeReference(
        string? name = null,
        NamedTypeBuilder? builder = null,
        GraphQLType? type = null,
        TypeReference? listItem = null,
        TypeReference? nonNullOf = null,
        Type? clrType = null,
        NullabilityInfo? nullability = null,
        TypeNode? node = null)
    {
        Name = name;
        Builder = builder;
        Type = type;
        ListItem = listItem;
        NonNullOf = nonNullOf;
        ClrType = clrType;
        Nullability = nullability;
        Node = node;
    }

    internal string? Name { get; }

    internal NamedTypeBuilder? Builder { get; }

    internal GraphQLType? Type { get; }

    internal TypeReference? ListItem { get; }

    internal TypeReference? NonNullOf { get; }

    internal Type? ClrType { get; }

    internal NullabilityInfo? Nullability { get; }

    /// <summary>The SDL the reference was read from, for error locations.</summary>
    internal TypeNode? Node { get; }

    /// <summary>A named type, by name.</summary>
    public static TypeReference Named(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new TypeReference(name: name);
    }

    /// <summary>A type written as in SDL: <c>[Customer!]!</c>.</summary>
    public static TypeReference Parse(string typeText)
    {
        ArgumentNullException.ThrowIfNull(typeText);
        try
        {
            // Text written in code has no SDL location worth reporting.
            return FromAst(Parser.ParseType(typeText, new ParseOptions { NoLocation = true }), keepNode: false);
        }
        catch (GraphQLSyntaxError error)
        {
            throw new ArgumentException($"\"{typeText}\" is not a GraphQL type reference: {error.Message}", nameof(typeText), error);
        }
    }

    /// <summary>A type reference of a parsed document.</summary>
    public static TypeReference FromAst(TypeNode node) => FromAst(node, keepNode: true);

    private static TypeReference FromAst(TypeNode node, bool keepNode) => node switch
    {
        NonNullTypeNode nonNull => new TypeReference(nonNullOf: FromAst(nonNull.Type, keepNode), node: keepNode ? node : null),
        ListTypeNode list => new TypeReference(listItem: FromAst(list.Type, keepNode), node: keepNode ? node : null),
        NamedTypeNode named => new TypeReference(name: named.Name.Value, node: keepNode ? node : null),
        _ => throw new ArgumentException($"Unexpected type node {node?.Kind}.", nameof(node)),
    };

    /// <summary>The type a builder builds.</summary>
    public static TypeReference Of(NamedTypeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return new TypeReference(builder: builder);
    }

    /// <summary>A finished type object.</summary>
    public static TypeReference Of(GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new TypeReference(type: type);
    }

    /// <summary>A list of the given item type: <c>[T]</c>.</summary>
    public static TypeReference ListOf(TypeReference item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TypeReference(listItem: item);
    }

    internal static TypeReference FromClr(Type clrType, NullabilityInfo? nullability) =>
        new(clrType: clrType, nullability: nullability);

    /// <summary>This type as non-null: <c>T!</c>.</summary>
    public TypeReference NonNull() => NonNullOf is not null ? this : new TypeReference(nonNullOf: this);

    /// <summary>A list of this type: <c>[T]</c>.</summary>
    public TypeReference List() => ListOf(this);

    public static implicit operator TypeReference(string typeText) => Parse(typeText);

    public static implicit operator TypeReference(GraphQLType type) => Of(type);

    public static implicit operator TypeReference(NamedTypeBuilder builder) => Of(builder);

    public override string ToString() =>
        NonNullOf is not null ? NonNullOf + "!"
        : ListItem is not null ? "[" + ListItem + "]"
        : Name ?? Builder?.Name ?? Type?.ToString() ?? ClrType?.Name ?? "?";
}
