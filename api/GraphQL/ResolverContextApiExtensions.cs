using LiveSales.Api.Auth;
using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.GraphQL.Types;
using LiveSales.Runtime;

namespace LiveSales.Api.GraphQL;

/// <summary>What every resolver needs: who is asking, the grains, ids and pages from the arguments.</summary>
public static class ResolverContextApiExtensions
{
    /// <summary>The signed-in actor; UNAUTHENTICATED when there is none.</summary>
    public static Actor Actor(this IResolverContext context) =>
        ApiClaims.ToActor(context.User) ?? throw new AuthenticationFailedException();

    public static IGrainFactory Grains(this IResolverContext context) => context.Service<IGrainFactory>();

    public static T Grain<T>(this IResolverContext context, string id)
        where T : IGrainWithStringKey => context.Grains().GetGrain<T>(id);

    /// <summary>A required ID argument; BAD_USER_INPUT when it cannot be an id.</summary>
    public static string Id(this IResolverContext context, string name) =>
        context.OptionalId(name) ?? throw DomainException.BadInput($"'{name}' is required.");

    public static string? OptionalId(this IResolverContext context, string name)
    {
        var id = context.Argument<string?>(name);
        return id is null || Ids.IsWellFormed(id) ? id : throw DomainException.BadInput($"'{id}' is not a valid id for '{name}'.");
    }

    /// <summary>
    /// The id of the record this mutation field creates: new, but the same when the mutation is
    /// retried after a lost race, so a retry finds what the first attempt stored.
    /// </summary>
    public static string NewId(this IResolverContext context)
    {
        var key = "newId:" + context.Path;
        lock (context.Items)
        {
            if (!context.Items.TryGetValue(key, out var id) || id is not string existing)
            {
                existing = Ids.New(context.Service<TimeProvider>());
                context.Items[key] = existing;
            }

            return existing;
        }
    }

    public static int? First(this IResolverContext context) => context.Argument<int?>("first");

    public static string? After(this IResolverContext context) => context.Argument<string?>("after");

    /// <summary>A connection over a page whose items are keyed (and cursored) by their id.</summary>
    public static Connection<T> ById<T>(this IResolverContext context, Page<T> page, Func<T, string> idOf, Func<Task<long>> count) =>
        new(page, item => Paging.Encode(idOf(item)), context.After() is not null, count);
}
