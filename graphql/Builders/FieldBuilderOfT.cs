using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>A field of an object type mapped to <typeparamref name="TParent"/>: resolvers may take the parent typed.</summary>
public sealed class FieldBuilder<TParent>
{
    internal FieldBuilder(FieldBuilder field) => Field = field;

    /// <summary>The untyped builder of the same field.</summary>
    public FieldBuilder Field { get; }

    public string Name => Field.Name;

    public FieldBuilder<TParent> Type(TypeReference type) => Do(f => f.Type(type));

    public FieldBuilder<TParent> Description(string? description) => Do(f => f.Description(description));

    public FieldBuilder<TParent> Deprecated(string? reason = DirectiveDefinition.DefaultDeprecationReason) => Do(f => f.Deprecated(reason));

    public FieldBuilder<TParent> Argument(string name, TypeReference type, Action<InputValueBuilder>? configure = null) =>
        Do(f => f.Argument(name, type, configure));

    public FieldBuilder<TParent> Resolve<TResult>(Func<IResolverContext, TResult> resolve) => Do(f => f.Resolve(resolve));

    public FieldBuilder<TParent> Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolve) => Do(f => f.Resolve(resolve));

    /// <summary>Resolves synchronously from the typed parent; a <c>ValueTask&lt;T&gt;</c> result is awaited.</summary>
    public FieldBuilder<TParent> Resolve<TResult>(Func<TParent, IResolverContext, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Do(f => f.Resolve(context => resolve(context.Parent<TParent>(), context)));
    }

    /// <summary>Resolves asynchronously from the typed parent.</summary>
    public FieldBuilder<TParent> Resolve<TResult>(Func<TParent, IResolverContext, Task<TResult>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Do(f => f.Resolve(context => resolve(context.Parent<TParent>(), context)));
    }

    public FieldBuilder<TParent> UseResolver(FieldResolver resolver) => Do(f => f.UseResolver(resolver));

    public FieldBuilder<TParent> Extension(string key, object? value) => Do(f => f.Extension(key, value));

    private FieldBuilder<TParent> Do(Action<FieldBuilder> action)
    {
        action(Field);
        return this;
    }
}
