using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GraphQL.Builders;

namespace LiveSales.Api.GraphQL;

/// <summary>Follow-ups (contact records): the type, its connection, and <c>logFollowUp</c>.</summary>
public static class FollowUpsSchema
{
    public static SchemaBuilder AddFollowUps(this SchemaBuilder builder) => builder
        .Enum<Channel>("Channel")
        .Object<FollowUpRecord>("FollowUp", t =>
        {
            t.Description("One contact with a customer or lead; permanent.");
            t.Field(f => f.Id).Type("ID!");
            t.Field(f => f.At);
            t.Field("by", "User!").Resolve(async (f, ctx) =>
                await UsersSchema.FindUserAsync(ctx, f.ByUserId).ConfigureAwait(false) ?? throw DomainException.NotFound("User", f.ByUserId));
            t.Field(f => f.Channel);
            t.Field(f => f.Summary);
            t.Field(f => f.Result);
            t.Field(f => f.ContactName).Description("Whom the rep spoke to.");
            t.Field(f => f.NextFollowUpAt);
            t.Field("customer", "Customer").Resolve((f, ctx) => f.CustomerId is null ? Task.FromResult<CustomerView?>(null)
                : Visible.OrNullAsync(() => ctx.Grain<ICustomerGrain>(f.CustomerId).GetAsync(ctx.Actor())));
            t.Field("lead", "Lead").Resolve((f, ctx) => f.LeadId is null ? Task.FromResult<LeadView?>(null)
                : Visible.OrNullAsync(() => ctx.Grain<ILeadGrain>(f.LeadId).GetAsync(ctx.Actor())));
            t.Field("opportunity", "Opportunity").Resolve((f, ctx) => f.OpportunityId is null ? Task.FromResult<OpportunityView?>(null)
                : Visible.OrNullAsync(() => ctx.Grain<IOpportunityGrain>(f.OpportunityId).GetAsync(ctx.Actor())));
        })
        .AddConnection<FollowUpRecord>("FollowUp")
        .InputObject<LogFollowUpInput>("LogFollowUpInput", t =>
        {
            t.Description("Give customerId, leadId or opportunityId (several when they belong together).");
            t.Field(i => i.CustomerId).Type("ID");
            t.Field(i => i.LeadId).Type("ID");
            t.Field(i => i.OpportunityId).Type("ID");
            t.Field(i => i.NextFollowUpAt).Description("When to follow up next (a FOLLOW_UP_DUE alert then); in the future.");
        })
        .Mutation(m => m.Field("logFollowUp", "FollowUp!").Argument("input", "LogFollowUpInput!")
            .Description("Records a contact: sets lastFollowUpAt on the customer, lead and opportunity, moves the return clock, schedules FOLLOW_UP_DUE.")
            .Mutate((ctx, actor) => ctx.Grain<IFollowUpGrain>(ctx.NewId()).LogAsync(actor, ctx.Argument<LogFollowUpInput>("input"))));
}
