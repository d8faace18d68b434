using System.Runtime.CompilerServices;
using System.Threading.Channels;
using LiveSales.Api.Auth;
using LiveSales.Api.Live;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>
/// GraphQL subscriptions (graphql-transport-ws): the signed-in user's alerts and a pool's changes.
/// They are fed by this silo's <see cref="LiveSubscriptions"/>, like the hub, under the same policy.
/// </summary>
public static class SubscriptionsSchema
{
    public static SchemaBuilder AddSubscriptions(this SchemaBuilder builder) => builder
        .Enum<AlertKind>("AlertKind")
        .Enum<PoolChangeKind>("PoolChangeKind")
        .Object<AlertRaised>("Alert", t =>
        {
            t.Field(a => a.Kind);
            t.Field(a => a.Message);
            t.Field(a => a.At);
            t.Field(a => a.CustomerId).Type("ID");
            t.Field(a => a.LeadId).Type("ID");
            t.Field(a => a.OpportunityId).Type("ID");
            t.Field("customer", "Customer").Resolve((a, ctx) => a.CustomerId is null ? Task.FromResult<CustomerView?>(null)
                : Visible.OrNullAsync(() => ctx.Grain<ICustomerGrain>(a.CustomerId).GetAsync(ctx.Actor())));
            t.Field("lead", "Lead").Resolve((a, ctx) => a.LeadId is null ? Task.FromResult<LeadView?>(null)
                : Visible.OrNullAsync(() => ctx.Grain<ILeadGrain>(a.LeadId).GetAsync(ctx.Actor())));
            t.Field("opportunity", "Opportunity").Resolve((a, ctx) => a.OpportunityId is null ? Task.FromResult<OpportunityView?>(null)
                : Visible.OrNullAsync(() => ctx.Grain<IOpportunityGrain>(a.OpportunityId).GetAsync(ctx.Actor())));
        })
        .Object<CustomerPoolChanged>("PoolChange", t =>
        {
            t.Field(c => c.PoolId).Type("ID!");
            t.Field(c => c.CustomerId).Type("ID!");
            t.Field(c => c.Change);
            t.Field(c => c.At);
            t.Field("customer", "Customer").Resolve((c, ctx) => Visible.OrNullAsync(() => ctx.Grain<ICustomerGrain>(c.CustomerId).GetAsync(ctx.Actor())));
        })
        .Subscription(s =>
        {
            s.Field("alerts", "Alert!").Description("The signed-in user's alerts: FOLLOW_UP_DUE, RETURN_WARNING, RETURNED_TO_POOL, ASSIGNED, LEAD_ASSIGNED.")
                .Subscribe(ctx =>
                {
                    var actor = ctx.Actor();
                    return Stream<AlertRaised>(ctx, LiveTopics.Alerts(actor.UserId));
                })
                .Resolve(ctx => ctx.Source);
            s.Field("poolChanged", "PoolChange!").Argument("poolId", "ID!").Description("Every customer that enters (ADDED) or leaves (REMOVED) the pool; members of the pool only.")
                .Subscribe(async ctx =>
                {
                    var poolId = ctx.Id("poolId");
                    await ctx.Grain<IPoolGrain>(poolId).GetAsync(ctx.Actor()).ConfigureAwait(false);
                    return Stream<CustomerPoolChanged>(ctx, LiveTopics.Pool(poolId));
                })
                .Resolve(ctx => ctx.Source);
        });

    // Subscribes at once (not on the first read), so nothing between subscribing and reading is missed.
    private static IAsyncEnumerable<T> Stream<T>(IResolverContext context, string topic)
        where T : IDomainEvent
    {
        var events = Channel.CreateBounded<T>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
        var identity = new LiveIdentity(context.Actor(), ApiClaims.SessionId(context.User), () => events.Writer.TryComplete());
        var subscription = context.Service<LiveSubscriptions>().Subscribe(identity, topic, e => events.Writer.TryWrite((T)e));
        return ReadAsync(events.Reader, subscription, context.CancellationToken);
    }

    private static async IAsyncEnumerable<T> ReadAsync<T>(ChannelReader<T> events, IDisposable subscription, CancellationToken requestAborted, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using (subscription)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, requestAborted);
            await foreach (var item in events.ReadAllAsync(linked.Token).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}
