using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Security;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>The automatic assignment rules: an ordered list, first match wins, then the catch-all pool.</summary>
public static class AssignmentSchema
{
    public static SchemaBuilder AddAssignment(this SchemaBuilder builder) => builder
        .Enum<AssignmentStrategy>("AssignmentStrategy")
        .Enum<AssignmentSubjectKind>("AssignmentSubjectKind")
        .Object<AssignmentConfig>("AssignmentRules", t =>
        {
            t.Field(c => c.Rules).Type("[AssignmentRule!]!").Description("Tried in order; the first that matches and has an eligible rep wins.");
            t.Field(c => c.FallbackPoolId).Type("ID!");
            t.Field("fallbackPool", "Pool").Description("The catch-all: where a record goes when no rule places it.")
                .Resolve((c, ctx) => ctx.Grain<IPoolGrain>(c.FallbackPoolId).FindAsync());
            t.Field(c => c.LeadAcceptWithin).Description("How long an assigned lead may stay untouched before it moves to the next rep.");
        })
        .Object<AssignmentRule>("AssignmentRule", t =>
        {
            t.Field(r => r.Id).Type("ID!");
            t.Field(r => r.Name);
            t.Field(r => r.AppliesTo).Description("CUSTOMER, LEAD; empty: both.");
            t.Field(r => r.Regions);
            t.Field(r => r.Industries);
            t.Field(r => r.Sources);
            t.Field(r => r.UserIds).Type("[ID!]!");
            t.Field("users", "[User!]!").Resolve(async (r, ctx) =>
            {
                var users = await Task.WhenAll(r.UserIds.Select(id => UsersSchema.FindUserAsync(ctx, id))).ConfigureAwait(false);
                return users.OfType<UserView>().ToList();
            });
            t.Field(r => r.TeamId).Type("ID");
            t.Field("team", "Team").Resolve((r, ctx) => UsersSchema.FindTeamAsync(ctx, r.TeamId));
            t.Field(r => r.Strategy);
            t.Field(r => r.PoolId).Type("ID");
            t.Field("pool", "Pool").Resolve((r, ctx) => r.PoolId is null ? Task.FromResult<PoolView?>(null) : ctx.Grain<IPoolGrain>(r.PoolId).FindAsync());
            t.Field(r => r.LeadAcceptWithin);
        })
        .InputObject<AssignmentConfig>("AssignmentRulesInput", t =>
        {
            var defaults = AssignmentConfig.Empty;
            t.Field(c => c.Rules).Type("[AssignmentRuleInput!]!");
            t.Field(c => c.FallbackPoolId).Type("ID!").Default(defaults.FallbackPoolId);
            t.Field(c => c.LeadAcceptWithin).Default(defaults.LeadAcceptWithin);
        })
        .InputObject<AssignmentRule>("AssignmentRuleInput", t =>
        {
            t.Description("One rule. Empty match lists match anything. Name users or a team (its reps) to assign, or only a pool to place unowned.");
            t.Field(r => r.Id).Type("ID!");
            t.Field(r => r.AppliesTo).Default(new List<AssignmentSubjectKind>());
            t.Field(r => r.Regions).Default(new List<string>());
            t.Field(r => r.Industries).Default(new List<string>());
            t.Field(r => r.Sources).Default(new List<string>());
            t.Field(r => r.UserIds).Type("[ID!]!").Default(new List<string>());
            t.Field(r => r.TeamId).Type("ID");
            t.Field(r => r.Strategy).Default(AssignmentStrategy.RoundRobin);
            t.Field(r => r.PoolId).Type("ID");
        })
        .Query(q => q.Field("assignmentRules", "AssignmentRules!").Description("Admins only.").Resolve(async ctx =>
        {
            if (!VisibilityPolicy.CanConfigure(ctx.Actor()))
            {
                throw DomainException.Forbidden("Only admins see the assignment rules.");
            }

            return await ctx.Grain<IAssignmentGrain>(AssignmentConfig.GrainKey).GetConfigAsync().ConfigureAwait(false);
        }))
        .Mutation(m => m.Field("setAssignmentRules", "AssignmentRules!").Argument("input", "AssignmentRulesInput!")
            .Description("Admins only. Replaces the rule list; rules are checked (unique ids, known users, teams and pools).")
            .Mutate((ctx, actor) => ctx.Grain<IAssignmentGrain>(AssignmentConfig.GrainKey).SetConfigAsync(actor, ctx.Argument<AssignmentConfig>("input"))));
}
