using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, ...) with resolvers over this library's
/// schema objects, and the meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>. Every
/// schema includes the types; executing introspection is ordinary field execution.
/// </summary>
public static class Introspection
{
    private static readonly GraphQLType s_nonNullString = new NonNullType(ScalarType.String);
    private static readonly GraphQLType s_nonNullBoolean = new NonNullType(ScalarType.Boolean);

    static Introspection()
    {
        TypeKindType = new EnumType("__TypeKind", TypeKindValues())
        {
            Description = "An enum describing what kind of type a given `__Type` is.",
        };
        DirectiveLocationType = new EnumType("__DirectiveLocation", DirectiveLocationValues())
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };
        EnumValueType = new ObjectType("__EnumValue", EnumValueFields)
        {
            Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        };
        InputValueType = new ObjectType("__InputValue", InputValueFields)
        {
            Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        };
        FieldType = new ObjectType("__Field", FieldFields)
        {
            Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        };
        TypeType = new ObjectType("__Type", TypeFields)
        {
            Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        };
        DirectiveType = new ObjectType("__Directive", DirectiveFields)
        {
            Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        };
        SchemaType = new ObjectType("__Schema", SchemaFields)
        {
            Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        };
        Types = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];
        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(SchemaType))
        {
            Description = "Access the current type schema of this server.",
            Resolver = Resolve(context => context.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", TypeType, [new InputValueDefinition("name", s_nonNullString)])
        {
            Description = "Request the type information of a single type.",
            Resolver = Resolve(context => context.Arguments.TryGetValue("name", out object? name) && name is string typeName ? context.Schema.GetType(typeName) : null),
        };
        TypeNameMetaField = new FieldDefinition("__typename", s_nonNullString)
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = Resolve(context => context.ParentType.Name),
        };
    }

    public static ObjectType SchemaType { get; }

    public static ObjectType DirectiveType { get; }

    public static EnumType DirectiveLocationType { get; }

    public static ObjectType TypeType { get; }

    public static ObjectType FieldType { get; }

    public static ObjectType InputValueType { get; }

    public static ObjectType EnumValueType { get; }

    public static EnumType TypeKindType { get; }

    /// <summary>All introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> Types { get; }

    /// <summary><c>__schema: __Schema!</c>, on the query root type.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, on the query root type.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, on every composite type.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    public static bool IsIntrospectionType(NamedType type) => Types.Any(t => t.Name == type?.Name);

    private static FieldResolver Resolve(Func<IResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out object? value) && value is true;

    private static InputValueDefinition IncludeDeprecatedArgument(bool nonNull = false) =>
        new("includeDeprecated", nonNull ? s_nonNullBoolean : ScalarType.Boolean) { DefaultValue = false };

    private static ListType ListOf(GraphQLType type) => new ListType(new NonNullType(type));

    private static NonNullType NonNullListOf(GraphQLType type) => new NonNullType(ListOf(type));

    private static IEnumerable<FieldDefinition> SchemaFields() =>
    [
        new("description", ScalarType.String) { Resolver = Resolve(c => ((Schema)c.Source!).Description) },
        new("types", NonNullListOf(TypeType))
        {
            Description = "A list of all types supported by this server.",
            Resolver = Resolve(c => ((Schema)c.Source!).Types.Values),
        },
        new("queryType", new NonNullType(TypeType))
        {
            Description = "The type that query operations will be rooted at.",
            Resolver = Resolve(c => ((Schema)c.Source!).QueryType),
        },
        new("mutationType", TypeType)
        {
            Description = "If this server supports mutation, the type that mutation operations will be rooted at.",
            Resolver = Resolve(c => ((Schema)c.Source!).MutationType),
        },
        new("subscriptionType", TypeType)
        {
            Description = "If this server support subscription, the type that subscription operations will be rooted at.",
            Resolver = Resolve(c => ((Schema)c.Source!).SubscriptionType),
        },
        new("directives", NonNullListOf(DirectiveType), [IncludeDeprecatedArgument(nonNull: true)])
        {
            Description = "A list of all directives supported by this server.",
            Resolver = Resolve(c => ((Schema)c.Source!).Directives.Where(d => IncludeDeprecated(c) || !d.IsDeprecated).ToList()),
        },
    ];

    private static IEnumerable<FieldDefinition> DirectiveFields() =>
    [
        new("name", s_nonNullString) { Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).Name) },
        new("description", ScalarType.String) { Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).Description) },
        new("isRepeatable", s_nonNullBoolean) { Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).IsRepeatable) },
        new("locations", NonNullListOf(DirectiveLocationType)) { Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).Locations) },
        new("args", NonNullListOf(InputValueType), [IncludeDeprecatedArgument()])
        {
            Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList()),
        },
        new("isDeprecated", s_nonNullBoolean) { Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).IsDeprecated) },
        new("deprecationReason", ScalarType.String) { Resolver = Resolve(c => ((DirectiveDefinition)c.Source!).DeprecationReason) },
    ];

    private static IEnumerable<FieldDefinition> TypeFields() =>
    [
        new("kind", new NonNullType(TypeKindType)) { Resolver = Resolve(c => KindOf((GraphQLType)c.Source!)) },
        new("name", ScalarType.String) { Resolver = Resolve(c => (c.Source as NamedType)?.Name) },
        new("description", ScalarType.String) { Resolver = Resolve(c => (c.Source as NamedType)?.Description) },
        new("specifiedByURL", ScalarType.String) { Resolver = Resolve(c => (c.Source as ScalarType)?.SpecifiedByUrl) },
        new("fields", ListOf(FieldType), [IncludeDeprecatedArgument()])
        {
            Resolver = Resolve(c => c.Source is ComplexType complex
                ? complex.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                : null),
        },
        new("interfaces", ListOf(TypeType)) { Resolver = Resolve(c => (c.Source as ComplexType)?.Interfaces) },
        new("possibleTypes", ListOf(TypeType))
        {
            Resolver = Resolve(c => c.Source is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Source) : null),
        },
        new("enumValues", ListOf(EnumValueType), [IncludeDeprecatedArgument()])
        {
            Resolver = Resolve(c => c.Source is EnumType enumType
                ? enumType.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()
                : null),
        },
        new("inputFields", ListOf(InputValueType), [IncludeDeprecatedArgument()])
        {
            Resolver = Resolve(c => c.Source is InputObjectType inputObject
                ? inputObject.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                : null),
        },
        new("ofType", TypeType)
        {
            Resolver = Resolve(c => c.Source switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
        },
        new("isOneOf", ScalarType.Boolean) { Resolver = Resolve(c => c.Source is InputObjectType inputObject ? inputObject.IsOneOf : null) },
    ];

    private static IEnumerable<FieldDefinition> FieldFields() =>
    [
        new("name", s_nonNullString) { Resolver = Resolve(c => ((FieldDefinition)c.Source!).Name) },
        new("description", ScalarType.String) { Resolver = Resolve(c => ((FieldDefinition)c.Source!).Description) },
        new("args", NonNullListOf(InputValueType), [IncludeDeprecatedArgument()])
        {
            Resolver = Resolve(c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList()),
        },
        new("type", new NonNullType(TypeType)) { Resolver = Resolve(c => ((FieldDefinition)c.Source!).Type) },
        new("isDeprecated", s_nonNullBoolean) { Resolver = Resolve(c => ((FieldDefinition)c.Source!).IsDeprecated) },
        new("deprecationReason", ScalarType.String) { Resolver = Resolve(c => ((FieldDefinition)c.Source!).DeprecationReason) },
    ];

    private static IEnumerable<FieldDefinition> InputValueFields() =>
    [
        new("name", s_nonNullString) { Resolver = Resolve(c => ((InputValueDefinition)c.Source!).Name) },
        new("description", ScalarType.String) { Resolver = Resolve(c => ((InputValueDefinition)c.Source!).Description) },
        new("type", new NonNullType(TypeType)) { Resolver = Resolve(c => ((InputValueDefinition)c.Source!).Type) },
        new("defaultValue", ScalarType.String)
        {
            Description = "A GraphQL-formatted string representing the default value for this input value.",
            Resolver = Resolve(c => PrintDefaultValue((InputValueDefinition)c.Source!)),
        },
        new("isDeprecated", s_nonNullBoolean) { Resolver = Resolve(c => ((InputValueDefinition)c.Source!).IsDeprecated) },
        new("deprecationReason", ScalarType.String) { Resolver = Resolve(c => ((InputValueDefinition)c.Source!).DeprecationReason) },
    ];

    private static IEnumerable<FieldDefinition> EnumValueFields() =>
    [
        new("name", s_nonNullString) { Resolver = Resolve(c => ((EnumValueDefinition)c.Source!).Name) },
        new("description", ScalarType.String) { Resolver = Resolve(c => ((EnumValueDefinition)c.Source!).Description) },
        new("isDeprecated", s_nonNullBoolean) { Resolver = Resolve(c => ((EnumValueDefinition)c.Source!).IsDeprecated) },
        new("deprecationReason", ScalarType.String) { Resolver = Resolve(c => ((EnumValueDefinition)c.Source!).DeprecationReason) },
    ];

    /// <summary>The default value of an input value as GraphQL text, or null when it has none.</summary>
    public static string? PrintDefaultValue(InputValueDefinition inputValue)
    {
        ArgumentNullException.ThrowIfNull(inputValue);
        return inputValue.HasDefaultValue && AstFromValue.Convert(inputValue.DefaultValue, inputValue.Type) is { } literal
            ? Printer.Print(literal)
            : null;
    }

    private static TypeKind KindOf(GraphQLType type) => type switch
    {
        ScalarType => TypeKind.Scalar,
        ObjectType => TypeKind.Object,
        InterfaceType => TypeKind.Interface,
        UnionType => TypeKind.Union,
        EnumType => TypeKind.Enum,
        InputObjectType => TypeKind.InputObject,
        ListType => TypeKind.List,
        _ => TypeKind.NonNull,
    };

    private static IEnumerable<EnumValueDefinition> TypeKindValues() =>
    [
        new("SCALAR", TypeKind.Scalar) { Description = "Indicates this type is a scalar." },
        new("OBJECT", TypeKind.Object) { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
        new("INTERFACE", TypeKind.Interface) { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
        new("UNION", TypeKind.Union) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
        new("ENUM", TypeKind.Enum) { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
        new("INPUT_OBJECT", TypeKind.InputObject) { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
        new("LIST", TypeKind.List) { Description = "Indicates this type is a list. `ofType` is a valid field." },
        new("NON_NULL", TypeKind.NonNull) { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
    ];

    private static IEnumerable<EnumValueDefinition> DirectiveLocationValues()
    {
        string[] descriptions =
        [
            "Location adjacent to a query operation.",
            "Location adjacent to a mutation operation.",
            "Location adjacent to a subscription operation.",
            "Location adjacent to a field.",
            "Location adjacent to a fragment definition.",
            "Location adjacent to a fragment spread.",
            "Location adjacent to an inline fragment.",
            "Location adjacent to a variable definition.",
            "Location adjacent to a schema definition.",
            "Location adjacent to a scalar definition.",
            "Location adjacent to an object type definition.",
            "Location adjacent to a field definition.",
            "Location adjacent to an argument definition.",
            "Location adjacent to an interface definition.",
            "Location adjacent to a union definition.",
            "Location adjacent to an enum definition.",
            "Location adjacent to an enum value definition.",
            "Location adjacent to an input object type definition.",
            "Location adjacent to an input object field definition.",
            "Location adjacent to a directive definition.",
        ];
        return Enum.GetValues<DirectiveLocation>().Select(location =>
            new EnumValueDefinition(location.ToName(), location) { Description = descriptions[(int)location] });
    }
}
