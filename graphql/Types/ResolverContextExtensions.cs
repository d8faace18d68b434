using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.GraphQL.Types;

/// <summary>Conveniences for resolvers.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    public static T Parent<T>(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Source is T parent
            ? parent
            : throw new InvalidOperationException(
                $"The parent of {context.ParentType.Name}.{context.FieldDefinition.Name} is {context.Source?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
    }

    /// <summary>A required service of the request.</summary>
    public static T Service<T>(this IResolverContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetRequiredService<T>();
    }
}
