using System.Text.Json;
using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>Customers: reading them (one, a filtered list, what returns next), creating, assigning, claiming, releasing, locking.</summary>
public static class CustomersSchema
{
    public static SchemaBuilder AddCustomers(this SchemaBuilder builder) => builder
        .Object<Contact>("Contact", t =>
        {
            t.Field(c => c.Name);
            t.Field(c => c.Title);
            t.Field(c => c.Email);
            t.Field(c => c.Phone);
        })
        .InputObject<Contact>("ContactInput")
        .Object<CustomerView>("Customer", t =>
        {
            t.Field(c => c.Id).Type("ID!");
            t.Field(c => c.Name);
            t.Field(c => c.Region);
            t.Field(c => c.Industry);
            t.Field(c => c.Tier);
            t.Field("owner", "User").Resolve((c, ctx) => UsersSchema.FindUserAsync(ctx, c.OwnerId));
            t.Field("pool", "Pool").Description("The pool whose rules govern the customer and to which it returns.")
                .Resolve((c, ctx) => ctx.Grain<IPoolGrain>(c.PoolId).FindAsync());
            t.Field(c => c.InPool).Description("Unowned, waiting in its pool to be claimed.");
            t.Field(c => c.Locked).Description("A locked customer never returns to the pool.");
            t.Field(c => c.Won);
            t.Field(c => c.LastFollowUpAt);
            t.Field(c => c.NextFollowUpAt);
            t.Field(c => c.ReturnsToPoolAt).Description("When the return rules send it back to the pool, if nothing happens before.");
            t.Field(c => c.ReturnRule).Description("The rule that fires at returnsToPoolAt: NO_FOLLOW_UP or NO_DEAL.");
            t.Field("followUps", "FollowUpConnection!").Paged().Description("Newest first; kept whoever owns the customer later.")
                .Resolve((c, ctx) => FollowUpsAsync(ctx, c));
            t.Field(c => c.History).Type("[OwnershipChange!]!");
            t.Field(c => c.Source);
            t.Field(c => c.Tags);
            t.Field(c => c.Contacts);
            t.Field("opportunities", "OpportunityConnection!").Paged()
                .Resolve((c, ctx) => OpportunitiesSchema.ListAsync(ctx, c.Id, null));
            t.Field("lead", "Lead").Description("The lead this customer was converted from.")
                .Resolve((c, ctx) => c.LeadId is null ? Task.FromResult<LeadView?>(null) : Visible.OrNullAsync(() => ctx.Grain<ILeadGrain>(c.LeadId).GetAsync(ctx.Actor())));
            t.Field(c => c.CreatedAt);
        })
        .Object<OwnershipChange>("OwnershipChange", t =>
        {
            t.Field(h => h.At);
            t.Field("from", "User").Resolve((h, ctx) => UsersSchema.FindUserAsync(ctx, h.FromUserId));
            t.Field("to", "User").Resolve((h, ctx) => UsersSchema.FindUserAsync(ctx, h.ToUserId));
            t.Field("kind", "String!").Description("ASSIGNED, CLAIMED, RELEASED or RETURNED.").Resolve((h, _) => ApiNames.Of(h.Kind));
            t.Field(h => h.Reason).Description("Why: for RETURNED the rule that fired, for rule assignments the decision.");
            t.Field("by", "User").Description("Who did it; null when a rule did.").Resolve((h, ctx) => UsersSchema.FindUserAsync(ctx, h.ByUserId));
            t.Field(h => h.Rule).Description("For RETURNED the return rule (NO_FOLLOW_UP, NO_DEAL); for rule assignments the assignment rule's id.");
            t.Field("pool", "Pool").Resolve((h, ctx) => h.PoolId is null ? Task.FromResult<PoolView?>(null) : ctx.Grain<IPoolGrain>(h.PoolId).FindAsync());
        })
        .AddConnection<CustomerView>("Customer")
        .InputObject<CustomerListFilter>("CustomerFilter", t =>
        {
            t.Description("Narrows what the signed-in user sees anyway (own, team's or all customers).");
            t.Field(f => f.OwnerId).Type("ID");
            t.Field(f => f.TeamId).Type("ID");
            t.Field(f => f.PoolId).Type("ID");
        })
        .InputObject<CreateCustomerInput>("CreateCustomerInput", t =>
        {
            t.Description("With ownerId the customer is owned and poolId (or the default pool) governs it; with only poolId it waits unowned in that pool; with neither the assignment rules decide.");
            t.Field(i => i.OwnerId).Type("ID");
            t.Field(i => i.PoolId).Type("ID");
            t.Field(i => i.Contacts).Type("[ContactInput!]");
            t.Ignore(i => i.LeadId);
        })
        .InputObject<UpdateCustomerInput>("UpdateCustomerInput", t =>
        {
            t.Description("Changes to a customer's details; an omitted field stays as it is.");
            t.Field(i => i.Contacts).Type("[ContactInput!]");
        })
        .Query(q =>
        {
            q.Field("customer", "Customer").Argument("id", "ID!")
                .Resolve(ctx => ctx.Grain<ICustomerGrain>(ctx.Id("id")).GetAsync(ctx.Actor()));
            q.Field("customers", "CustomerConnection!").Argument("where", "CustomerFilter").Paged()
                .Description("Reps: their own; managers: their team's; admins: all. Pooled customers are on Pool.customers.")
                .Resolve(ctx => ListAsync(ctx));
            q.Field("returningNext", "CustomerConnection!").Argument("ownerId", "ID").Argument("teamId", "ID").Paged()
                .Description("What returns to the pool next: owned customers by return time, soonest first, for a rep or a team (of those the signed-in user sees).")
                .Resolve(ctx => ReturningNextAsync(ctx));
        })
        .Mutation(m =>
        {
            m.Field("createCustomer", "Customer!").Argument("input", "CreateCustomerInput!")
                .Mutate((ctx, actor) => ctx.Grain<ICustomerGrain>(ctx.NewId()).CreateAsync(actor, ctx.Argument<CreateCustomerInput>("input")));
            m.Field("updateCustomer", "Customer!").Argument("id", "ID!").Argument("input", "UpdateCustomerInput!")
                .Mutate((ctx, actor) => ctx.Grain<ICustomerGrain>(ctx.Id("id")).UpdateAsync(actor, ctx.Argument<UpdateCustomerInput>("input")));
            m.Field("assignCustomer", "Customer!").Argument("id", "ID!").Argument("ownerId", "ID!").Argument("reason", "String")
                .Description("A manager within its team, or an admin, gives the customer to a rep.")
                .Mutate((ctx, actor) => ctx.Grain<ICustomerGrain>(ctx.Id("id")).AssignAsync(actor, ctx.Id("ownerId"), ctx.Argument<string?>("reason")));
            m.Field("claimCustomer", "Customer!").Argument("id", "ID!")
                .Description("Takes the customer from a pool the rep belongs to: atomic, limited per day, with a cooldown for former owners.")
                .Mutate((ctx, actor) => ctx.Grain<ICustomerGrain>(ctx.Id("id")).ClaimAsync(actor));
            m.Field("releaseCustomer", "Customer!").Argument("id", "ID!").Argument("reason", "String")
                .Mutate((ctx, actor) => ctx.Grain<ICustomerGrain>(ctx.Id("id")).ReleaseAsync(actor, ctx.Argument<string?>("reason")));
            m.Field("lockCustomer", "Customer!").Argument("id", "ID!").Argument("locked", "Boolean!", a => a.Default(true))
                .Description("Managers and admins: a locked customer never returns to the pool.")
                .Mutate((ctx, actor) => ctx.Grain<ICustomerGrain>(ctx.Id("id")).SetLockedAsync(actor, ctx.Argument<bool>("locked")));
        });

    private static async Task<Connection<CustomerView>> ListAsync(IResolverContext context)
    {
        var (actor, customers) = (context.Actor(), context.Service<CustomerQueries>());
        var filter = context.Argument<CustomerListFilter?>("where") ?? CustomerListFilter.None;
        var page = await customers.ListAsync(actor, filter, context.First(), context.After()).ConfigureAwait(false);
        return context.ById(page, c => c.Id, () => customers.CountAsync(actor, filter));
    }

    private static async Task<Connection<CustomerView>> ReturningNextAsync(IResolverContext context)
    {
        var (actor, customers) = (context.Actor(), context.Service<CustomerQueries>());
        var (ownerId, teamId) = (context.OptionalId("ownerId"), context.OptionalId("teamId"));
        var page = await customers.ReturningNextAsync(actor, ownerId, teamId, context.First(), context.After()).ConfigureAwait(false);
        return new Connection<CustomerView>(page, ReturnCursor, context.After() is not null,
            () => UsersSchema.CountByPagingAsync(after => customers.ReturningNextAsync(actor, ownerId, teamId, 500, after)));
    }

    // The cursor of "what returns next" is the sort key: return time as stored, then id.
    private static string ReturnCursor(CustomerView customer) =>
        Paging.Encode(JsonSerializer.Serialize(customer.ReturnsToPoolAt, JsonSerializerOptions.Web).Trim('"'), customer.Id);

    private static async Task<Connection<FollowUpRecord>> FollowUpsAsync(IResolverContext context, CustomerView customer)
    {
        var page = await context.Grain<ICustomerGrain>(customer.Id).GetFollowUpsAsync(context.Actor(), Paging.Size(context.First()), context.After()).ConfigureAwait(false);
        return context.ById(page, f => f.Id, () => Task.FromResult((long)customer.FollowUpCount));
    }
}
