using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>A field of an object or interface type being defined; every method returns the builder for chaining.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    internal TypeReference? TypeRef { get; set; }

    internal string? DescriptionText { get; set; }

    internal string? DeprecationReason { get; set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal FieldResolver? Resolver { get; set; }

    internal SubscriptionResolver? Subscriber { get; set; }

    internal FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Where the field was declared, for messages about fields that have no SDL location.</summary>
    internal string? Origin { get; set; }

    internal Dictionary<string, object?> ExtensionData { get; } = new(StringComparer.Ordinal);

    /// <summary>The field's type: <c>"[Customer!]!"</c>, a type builder, or a type object.</summary>
    public FieldBuilder Type(TypeReference type)
    {
        ArgumentNullException.ThrowIfNull(type);
        TypeRef = type;
        return this;
    }

    public FieldBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public FieldBuilder Deprecated(string? reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds (or reconfigures) an argument.</summary>
    public FieldBuilder Argument(string name, TypeReference type, Action<InputValueBuilder>? configure = null)
    {
        InputValueBuilder argument = Arguments.Find(a => a.Name == name) ?? AddArgument(name);
        argument.Type(type);
        configure?.Invoke(argument);
        return this;
    }

    /// <summary>Resolves synchronously; a <c>ValueTask&lt;T&gt;</c> result is awaited.</summary>
    public FieldBuilder Resolve<TResult>(Func<IResolverContext, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        Resolver = ResolverAdapters.FromSync(resolve);
        return this;
    }

    /// <summary>Resolves asynchronously.</summary>
    public FieldBuilder Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        Resolver = ResolverAdapters.FromTask(resolve);
        return this;
    }

    /// <summary>Uses a raw resolver as is (the fastest form).</summary>
    public FieldBuilder UseResolver(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = resolver;
        return this;
    }

    /// <summary>For subscription fields: the stream of source events (each event is then resolved by the field's resolver).</summary>
    public FieldBuilder Subscribe<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        Subscriber = ResolverAdapters.FromStream(subscribe);
        return this;
    }

    /// <summary>For subscription fields: a stream obtained asynchronously.</summary>
    public FieldBuilder Subscribe<TEvent>(Func<IResolverContext, Task<IAsyncEnumerable<TEvent>>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        Subscriber = ResolverAdapters.FromStreamTask(subscribe);
        return this;
    }

    /// <summary>Attaches metadata (<see cref="FieldDefinition.Extensions"/>) for middleware: cost, authorization policy, ...</summary>
    public FieldBuilder Extension(string key, object? value)
    {
        ExtensionData[key] = value;
        return this;
    }

    internal InputValueBuilder AddArgument(string name)
    {
        var argument = new InputValueBuilder(name, null);
        Arguments.Add(argument);
        return argument;
    }
}
