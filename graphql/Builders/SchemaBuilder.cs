using System.ComponentModel;
using System.Reflection;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>
/// Defines a schema in code, from SDL, or both. Types are created on first mention by name and
/// configured by any later call with that name, so SDL can declare a type and code can add its
/// resolvers. Type references are resolved, and the schema validated, by <see cref="Build"/>.
/// <code>
/// Schema schema = new SchemaBuilder()
///     .Query(q =&gt; q.Field("customer", "Customer").Argument("id", "ID!").Resolve(ctx =&gt; repo.Find(ctx.Argument&lt;string&gt;("id"))))
///     .Object&lt;Customer&gt;("Customer", t =&gt; { t.Field(c =&gt; c.Id).Type("ID!"); t.Field(c =&gt; c.Name); })
///     .Build();
/// </code>
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<NamedTypeBuilder> _types = [];
    private readonly Dictionary<string, NamedTypeBuilder> _typesByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveBuilder> _directives = [];
    private readonly List<DirectiveDefinition> _prebuiltDirectives = [];

    internal IReadOnlyList<NamedTypeBuilder> Types => _types;

    internal IReadOnlyList<DirectiveBuilder> DirectiveBuilders => _directives;

    internal IReadOnlyList<DirectiveDefinition> PrebuiltDirectives => _prebuiltDirectives;

    internal string? DescriptionText { get; private set; }

    internal string? QueryTypeName { get; set; }

    internal string? MutationTypeName { get; set; }

    internal string? SubscriptionTypeName { get; set; }

    internal Dictionary<Type, string> OutputClrTypes { get; } = [];

    internal Dictionary<Type, string> InputClrTypes { get; } = [];

    /// <summary>Builds a schema from SDL alone; fields resolve from their parent values (<see cref="DefaultFieldResolver"/>).</summary>
    public static Schema BuildSchema(string sdl) => FromSdl(sdl).Build();

    /// <summary>A builder holding the types of the SDL, ready for resolvers to be added.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    public SchemaBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Configures the query root type (named "Query" unless SDL named it otherwise).</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder> configure) => Root(OperationType.Query, configure);

    /// <summary>Configures the mutation root type.</summary>
    public SchemaBuilder Mutation(Action<ObjectTypeBuilder> configure) => Root(OperationType.Mutation, configure);

    /// <summary>Configures the subscription root type.</summary>
    public SchemaBuilder Subscription(Action<ObjectTypeBuilder> configure) => Root(OperationType.Subscription, configure);

    public ObjectTypeBuilder Object(string name) => GetOrAdd(name, n => new ObjectTypeBuilder(n));

    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Object(name));
        return this;
    }

    /// <summary>An object type whose values are <typeparamref name="T"/> (named after T unless given).</summary>
    public ObjectTypeBuilder<T> Object<T>(string? name = null)
    {
        ObjectTypeBuilder type = Object(name ?? typeof(T).Name);
        type.ClrType = typeof(T);
        OutputClrTypes[typeof(T)] = type.Name;
        return new ObjectTypeBuilder<T>(type);
    }

    public SchemaBuilder Object<T>(string name, Action<ObjectTypeBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Object<T>(name));
        return this;
    }

    public InterfaceTypeBuilder Interface(string name) => GetOrAdd(name, n => new InterfaceTypeBuilder(n));

    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Interface(name));
        return this;
    }

    public UnionTypeBuilder Union(string name) => GetOrAdd(name, n => new UnionTypeBuilder(n));

    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Union(name));
        return this;
    }

    public EnumTypeBuilder Enum(string name) => GetOrAdd(name, n => new EnumTypeBuilder(n));

    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Enum(name));
        return this;
    }

    /// <summary>
    /// An enum mapped to a .NET enum: one value per member, named in UPPER_SNAKE_CASE, described by
    /// <see cref="DescriptionAttribute"/> and deprecated by <see cref="ObsoleteAttribute"/>.
    /// </summary>
    public SchemaBuilder Enum<TEnum>(string? name = null, Action<EnumTypeBuilder>? configure = null)
        where TEnum : struct, Enum
    {
        EnumTypeBuilder type = EnumFor(typeof(TEnum), name);
        configure?.Invoke(type);
        return this;
    }

    public InputObjectTypeBuilder InputObject(string name) => GetOrAdd(name, n => new InputObjectTypeBuilder(n));

    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(InputObject(name));
        return this;
    }

    /// <summary>An input object mapped to <typeparamref name="T"/>, with a field for each public settable property (or constructor parameter).</summary>
    public SchemaBuilder InputObject<T>(string? name = null, Action<InputObjectTypeBuilder<T>>? configure = null)
    {
        InputObjectTypeBuilder type = InputObject(name ?? typeof(T).Name);
        type.ClrType = typeof(T);
        InputClrTypes[typeof(T)] = type.Name;
        var typed = new InputObjectTypeBuilder<T>(type);
        typed.InferFields();
        configure?.Invoke(typed);
        return this;
    }

    /// <summary>Adds a custom scalar (or gives the implementation of one declared in SDL).</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        ScalarTypeBuilder builder = GetOrAdd(scalar.Name, n => new ScalarTypeBuilder(n));
        builder.Implementation = scalar;
        if (scalar.ClrType is { } clrType)
        {
            OutputClrTypes[clrType] = scalar.Name;
            InputClrTypes[clrType] = scalar.Name;
        }

        return this;
    }

    public ScalarTypeBuilder Scalar(string name) => GetOrAdd(name, n => new ScalarTypeBuilder(n));

    /// <summary>Adds a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        DirectiveBuilder? directive = _directives.Find(d => d.Name == name);
        if (directive is null)
        {
            directive = new DirectiveBuilder(name);
            _directives.Add(directive);
        }

        configure(directive);
        return this;
    }

    public SchemaBuilder Directive(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _prebuiltDirectives.Add(directive);
        return this;
    }

    /// <summary>Adds a finished type object.</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_typesByName.ContainsKey(type.Name))
        {
            throw new InvalidOperationException($"There can be only one type named \"{type.Name}\".");
        }

        Register(new PrebuiltTypeBuilder(type));
        return this;
    }

    /// <summary>Resolves every reference, builds the types and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">The definitions break the spec's rules; every problem is listed.</exception>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    internal NamedTypeBuilder? Find(string name) => _typesByName.GetValueOrDefault(name);

    internal void Register(NamedTypeBuilder builder)
    {
        _types.Add(builder);
        _typesByName[builder.Name] = builder;
    }

    internal EnumTypeBuilder EnumFor(Type enumType, string? name)
    {
        EnumTypeBuilder type = Enum(name ?? enumType.Name);
        if (type.ClrType is null)
        {
            type.ClrType = enumType;
            foreach (FieldInfo member in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                EnumValueBuilder value = type.Value(NameConventions.EnumValueName(member.Name), member.GetValue(null));
                if (member.GetCustomAttribute<DescriptionAttribute>() is { } description)
                {
                    value.Description(description.Description);
                }

                if (member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete)
                {
                    value.Deprecated(obsolete.Message ?? DirectiveDefinition.DefaultDeprecationReason);
                }
            }

            OutputClrTypes[enumType] = type.Name;
            InputClrTypes[enumType] = type.Name;
        }

        return type;
    }

    private SchemaBuilder Root(OperationType operation, Action<ObjectTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        string name = operation switch
        {
            OperationType.Query => QueryTypeName ??= "Query",
            OperationType.Mutation => MutationTypeName ??= "Mutation",
            _ => SubscriptionTypeName ??= "Subscription",
        };
        configure(Object(name));
        return this;
    }

    private T GetOrAdd<T>(string name, Func<string, T> create)
        where T : NamedTypeBuilder
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_typesByName.TryGetValue(name, out NamedTypeBuilder? existing))
        {
            return existing as T
                ?? throw new InvalidOperationException($"Type \"{name}\" is already defined as {Article(existing.KindName)} {existing.KindName} type.");
        }

        T created = create(name);
        Register(created);
        return created;
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
