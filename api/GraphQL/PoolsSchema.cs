using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.Grains.Queries;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>Pools and their rules: <c>pools</c>, <c>pool</c>, a pool's page of customers and leads, creating and changing pools.</summary>
public static class PoolsSchema
{
    public static SchemaBuilder AddPools(this SchemaBuilder builder) => builder
        .Object<PoolRules>("PoolRules", t =>
        {
            t.Description("How a pool governs its customers. A null duration or limit means off.");
            t.Field(r => r.ReturnAfterNoFollowUp).Description("An owned customer with no follow-up for this long returns to the pool.");
            t.Field(r => r.ReturnAfterNoDeal).Description("An owned customer with no won deal for this long returns to the pool.");
            t.Field(r => r.RemindBefore).Description("The owner is warned this long before the return.");
            t.Field(r => r.ExemptWon);
            t.Field(r => r.ExemptOpenOpportunity);
            t.Field(r => r.ClaimLimitPerDay).Description("Claims per rep per UTC day.");
            t.Field(r => r.FormerOwnerCooldown).Description("How long a former owner waits before claiming the customer again.");
            t.Field(r => r.MaxOwnedPerRep).Description("At most this many customers held by a rep who claims from this pool.");
        })
        .InputObject<PoolRules>("PoolRulesInput", t =>
        {
            t.Description("Pool rules; an omitted field takes its default, an explicit null turns a rule off.");
            var defaults = PoolRules.Default;
            t.Field(r => r.ReturnAfterNoFollowUp).Default(defaults.ReturnAfterNoFollowUp);
            t.Field(r => r.ReturnAfterNoDeal).Default(defaults.ReturnAfterNoDeal);
            t.Field(r => r.RemindBefore).Default(defaults.RemindBefore.ToList());
            t.Field(r => r.ExemptWon).Default(defaults.ExemptWon);
            t.Field(r => r.ExemptOpenOpportunity).Default(defaults.ExemptOpenOpportunity);
            t.Field(r => r.ClaimLimitPerDay).Default(defaults.ClaimLimitPerDay);
            t.Field(r => r.FormerOwnerCooldown).Default(defaults.FormerOwnerCooldown);
            t.Field(r => r.MaxOwnedPerRep).Default(defaults.MaxOwnedPerRep);
        })
        .Object<PoolView>("Pool", t =>
        {
            t.Field(p => p.Id).Type("ID!");
            t.Field(p => p.Name);
            t.Field(p => p.Rules);
            t.Field("customers", "CustomerConnection!").Paged().Description("The pool's unowned customers, oldest first (members of the pool only).")
                .Resolve((pool, ctx) => CustomersAsync(ctx, pool));
            t.Field("leads", "LeadConnection!").Paged().Argument("status", "LeadStatus").Description("The pool's unowned leads, oldest first (members of the pool only).")
                .Resolve((pool, ctx) => LeadsAsync(ctx, pool));
            t.Field("teams", "[Team!]!").Description("Teams whose members may see and claim from the pool; empty: every rep.")
                .Resolve((pool, ctx) => TeamsAsync(ctx, pool.TeamIds));
            t.Field(p => p.IsDefault).Description("The default pool takes what no rule places.");
            t.Field(p => p.CreatedAt);
        })
        .InputObject<CreatePoolInput>("CreatePoolInput", t =>
        {
            t.Field(i => i.Rules).Type("PoolRulesInput");
            t.Field(i => i.TeamIds).Type("[ID!]").Description("Teams whose members may see and claim; none: open to every rep.");
        })
        .Query(q =>
        {
            q.Field("pools", "[Pool!]!").Description("The pools the signed-in user belongs to (admins: all).")
                .Resolve(ctx => ctx.Service<DirectoryQueries>().ListPoolsAsync(ctx.Actor()));
            q.Field("pool", "Pool").Argument("id", "ID!")
                .Resolve(ctx => ctx.Grain<IPoolGrain>(ctx.Id("id")).GetAsync(ctx.Actor()));
        })
        .Mutation(m =>
        {
            m.Field("createPool", "Pool!").Argument("input", "CreatePoolInput!").Description("Admins only.")
                .Mutate((ctx, actor) => ctx.Grain<IPoolGrain>(ctx.NewId()).CreateAsync(actor, ctx.Argument<CreatePoolInput>("input")));
            m.Field("updatePoolRules", "Pool!").Argument("poolId", "ID!").Argument("rules", "PoolRulesInput!")
                .Description("Admins only. Every return clock of the pool is recomputed under the new rules (in the background).")
                .Mutate((ctx, actor) => ctx.Grain<IPoolGrain>(ctx.Id("poolId")).UpdateRulesAsync(actor, ctx.Argument<PoolRules>("rules")));
            m.Field("setPoolTeams", "Pool!").Argument("poolId", "ID!").Argument("teamIds", "[ID!]!").Description("Admins only.")
                .Mutate((ctx, actor) => ctx.Grain<IPoolGrain>(ctx.Id("poolId")).SetTeamsAsync(actor, ctx.Argument<string[]>("teamIds")));
        });

    private static async Task<Connection<CustomerView>> CustomersAsync(IResolverContext context, PoolView pool)
    {
        var (actor, customers) = (context.Actor(), context.Service<CustomerQueries>());
        var page = await customers.PoolPageAsync(actor, pool, context.First(), context.After()).ConfigureAwait(false);
        return context.ById(page, c => c.Id, () => customers.CountInPoolAsync(actor, pool));
    }

    private static async Task<Connection<LeadView>> LeadsAsync(IResolverContext context, PoolView pool)
    {
        var (actor, leads) = (context.Actor(), context.Service<LeadQueries>());
        var status = context.Argument<LeadStatus?>("status");
        var page = await leads.PoolPageAsync(actor, pool, status, context.First(), context.After()).ConfigureAwait(false);
        return context.ById(page, l => l.Id, () => UsersSchema.CountByPagingAsync(after => leads.PoolPageAsync(actor, pool, status, 500, after)));
    }

    private static async Task<IReadOnlyList<TeamView>> TeamsAsync(IResolverContext context, IReadOnlyList<string> teamIds)
    {
        var teams = await Task.WhenAll(teamIds.Select(id => UsersSchema.FindTeamAsync(context, id))).ConfigureAwait(false);
        return [.. teams.OfType<TeamView>()];
    }
}
