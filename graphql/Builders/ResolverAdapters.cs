using System.Reflection;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>Turns typed resolver functions into <see cref="FieldResolver"/>s, without allocating for synchronous results.</summary>
internal static class ResolverAdapters
{
    private static readonly MethodInfo s_fromValueTask = typeof(ResolverAdapters).GetMethod(nameof(FromValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static FieldResolver FromSync<TResult>(Func<IResolverContext, TResult> resolve)
    {
        Type resultType = typeof(TResult);
        if (resultType.IsGenericType && resultType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return (FieldResolver)s_fromValueTask.MakeGenericMethod(resultType.GetGenericArguments()[0]).Invoke(null, [resolve])!;
        }

        if (resultType == typeof(Task) || resultType == typeof(ValueTask))
        {
            throw new ArgumentException("A resolver must return a value; a plain Task or ValueTask has none.", nameof(resolve));
        }

        return context => new ValueTask<object?>(resolve(context));
    }

    public static FieldResolver FromTask<TResult>(Func<IResolverContext, Task<TResult>> resolve) => context =>
    {
        Task<TResult> task = resolve(context);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
    };

    private static FieldResolver FromValueTask<TResult>(Func<IResolverContext, ValueTask<TResult>> resolve) => context =>
    {
        ValueTask<TResult> task = resolve(context);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
    };

    private static async ValueTask<object?> Await<TResult>(Task<TResult> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> Await<TResult>(ValueTask<TResult> task) => await task.ConfigureAwait(false);

    public static SubscriptionResolver FromStream<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe) =>
        context => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(context)));

    public static SubscriptionResolver FromStreamTask<TEvent>(Func<IResolverContext, Task<IAsyncEnumerable<TEvent>>> subscribe) =>
        async context => Box(await subscribe(context).ConfigureAwait(false));

    private static IAsyncEnumerable<object?> Box<TEvent>(IAsyncEnumerable<TEvent> events) =>
        events as IAsyncEnumerable<object?> ?? BoxEach(events);

    private static async IAsyncEnumerable<object?> BoxEach<TEvent>(IAsyncEnumerable<TEvent> events)
    {
        await foreach (TEvent item in events.ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
