using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.Grains.Queries;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>Opportunities: reading, creating, moving through the stages, winning and losing.</summary>
public static class OpportunitiesSchema
{
    public static SchemaBuilder AddOpportunities(this SchemaBuilder builder) => builder
        .Object<OpportunityView>("Opportunity", t =>
        {
            t.Field(o => o.Id).Type("ID!");
            t.Field(o => o.Name);
            t.Field("customer", "Customer!").Resolve((o, ctx) => ctx.Grain<ICustomerGrain>(o.CustomerId).GetAsync(ctx.Actor()));
            t.Field("owner", "User!").Resolve(async (o, ctx) =>
                await UsersSchema.FindUserAsync(ctx, o.OwnerId).ConfigureAwait(false) ?? throw DomainException.NotFound("User", o.OwnerId));
            t.Field(o => o.Stage).Description("INITIAL_CONTACT, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, WON or LOST.");
            t.Field(o => o.Amount);
            t.Field(o => o.Probability).Description("0-100: the stage's default unless overridden.");
            t.Field("status", "String!").Description("OPEN, WON or LOST.").Resolve((o, _) => ApiNames.Of(o.Status));
            t.Field(o => o.LastFollowUpAt);
            t.Field(o => o.ProbabilityOverridden);
            t.Field(o => o.ExpectedCloseDate);
            t.Field("lead", "Lead").Resolve((o, ctx) => o.LeadId is null ? Task.FromResult<LeadView?>(null) : Visible.OrNullAsync(() => ctx.Grain<ILeadGrain>(o.LeadId).GetAsync(ctx.Actor())));
            t.Field(o => o.CreatedAt);
            t.Field(o => o.ClosedAt);
        })
        .AddConnection<OpportunityView>("Opportunity")
        .InputObject("OpportunityFilter", t =>
        {
            t.Field("customerId", "ID");
            t.Field("status", "String").Description("OPEN, WON or LOST.");
        })
        .InputObject<CreateOpportunityInput>("CreateOpportunityInput", t =>
        {
            t.Field(i => i.CustomerId).Type("ID!");
            t.Field(i => i.Stage).Description("An open stage; INITIAL_CONTACT when omitted.");
            t.Ignore(i => i.LeadId);
        })
        .Query(q =>
        {
            q.Field("opportunity", "Opportunity").Argument("id", "ID!")
                .Resolve(ctx => ctx.Grain<IOpportunityGrain>(ctx.Id("id")).GetAsync(ctx.Actor()));
            q.Field("opportunities", "OpportunityConnection!").Argument("where", "OpportunityFilter").Paged()
                .Description("Reps: their own; managers: their team's; admins: all.")
                .Resolve(ctx =>
                {
                    var where = ctx.Argument<Dictionary<string, object?>?>("where");
                    return ListAsync(ctx, Text(where, "customerId"), Status(Text(where, "status")));
                });
        })
        .Mutation(m =>
        {
            m.Field("createOpportunity", "Opportunity!").Argument("input", "CreateOpportunityInput!")
                .Mutate((ctx, actor) => ctx.Grain<IOpportunityGrain>(ctx.NewId()).CreateAsync(actor, ctx.Argument<CreateOpportunityInput>("input")));
            m.Field("updateOpportunityStage", "Opportunity!").Argument("id", "ID!").Argument("stage", "String!").Argument("probability", "Int")
                .Mutate((ctx, actor) => ctx.Grain<IOpportunityGrain>(ctx.Id("id")).UpdateStageAsync(actor, ctx.Argument<string>("stage"), ctx.Argument<int?>("probability")));
            m.Field("updateOpportunityAmount", "Opportunity!").Argument("id", "ID!").Argument("amount", "Decimal!")
                .Mutate((ctx, actor) => ctx.Grain<IOpportunityGrain>(ctx.Id("id")).UpdateAmountAsync(actor, ctx.Argument<decimal>("amount")));
            m.Field("winOpportunity", "Opportunity!").Argument("id", "ID!").Description("Marks the deal won (and its customer won).")
                .Mutate((ctx, actor) => ctx.Grain<IOpportunityGrain>(ctx.Id("id")).WinAsync(actor));
            m.Field("loseOpportunity", "Opportunity!").Argument("id", "ID!").Argument("reason", "String")
                .Mutate((ctx, actor) => ctx.Grain<IOpportunityGrain>(ctx.Id("id")).LoseAsync(actor, ctx.Argument<string?>("reason")));
        });

    public static async Task<Connection<OpportunityView>> ListAsync(IResolverContext context, string? customerId, OpportunityStatus? status)
    {
        var (actor, opportunities) = (context.Actor(), context.Service<OpportunityQueries>());
        if (customerId is not null && !Ids.IsWellFormed(customerId))
        {
            throw DomainException.BadInput($"'{customerId}' is not a valid customer id.");
        }

        var page = await opportunities.ListAsync(actor, customerId, status, context.First(), context.After()).ConfigureAwait(false);
        return context.ById(page, o => o.Id, () => UsersSchema.CountByPagingAsync(after => opportunities.ListAsync(actor, customerId, status, 500, after)));
    }

    private static string? Text(Dictionary<string, object?>? where, string field) => where?.GetValueOrDefault(field) as string;

    private static OpportunityStatus? Status(string? text) => text switch
    {
        null => null,
        _ when Enum.TryParse<OpportunityStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _) => status,
        _ => throw DomainException.BadInput($"'{text}' is not an opportunity status: OPEN, WON or LOST."),
    };
}
