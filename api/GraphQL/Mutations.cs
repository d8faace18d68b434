using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;
using LiveSales.Runtime;

namespace LiveSales.Api.GraphQL;

/// <summary>
/// How every mutation runs: as the signed-in actor, and once more when it lost an optimistic race
/// (another silo wrote the same grain first; the failed write dropped the stale copy, so the retry
/// starts from what is stored). A second loss is reported as CONFLICT.
/// </summary>
public static class Mutations
{
    public static FieldBuilder Mutate<T>(this FieldBuilder field, Func<IResolverContext, Actor, Task<T>> run) =>
        field.Resolve(context => RunAsync(context, run));

    public static async Task<T> RunAsync<T>(IResolverContext context, Func<IResolverContext, Actor, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        var actor = context.Actor();
        try
        {
            return await run(context, actor).ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            try
            {
                return await run(context, actor).ConfigureAwait(false);
            }
            catch (InconsistentStateException)
            {
                throw DomainException.Conflict("Someone else changed this record at the same moment; try again.");
            }
        }
    }
}
