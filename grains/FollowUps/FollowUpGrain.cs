using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Runtime;

namespace LiveSales.Grains.FollowUps;

/// <summary>
/// Logs one follow-up (keyed by its id, no state of its own). Calls only go down to the customer,
/// lead and opportunity, which never call back, so logging cannot deadlock with them. The record
/// and its one event live with the customer (or the lead when there is no customer); the lead and
/// opportunity only get their lastFollowUpAt set.
/// </summary>
[GrainType(GrainTypes.FollowUp)]
public sealed class FollowUpGrain(TimeProvider clock) : Grain, IFollowUpGrain
{
    public async Task<FollowUpRecord> LogAsync(Actor actor, LogFollowUpInput input)
    {
        var now = clock.GetUtcNow();
        input = FollowUpValidator.Validate(input, now);
        var (customerId, leadId, opportunityId) = await ResolveAsync(input);
        var record = new FollowUpRecord
        {
            Id = GetPrimaryKeyString(),
            At = now,
            ByUserId = actor.UserId,
            Channel = input.Channel,
            Summary = input.Summary,
            Result = input.Result,
            ContactName = input.ContactName,
            NextFollowUpAt = input.NextFollowUpAt,
            CustomerId = customerId,
            LeadId = leadId,
            OpportunityId = opportunityId,
        };

        FollowUpRecord recorded;
        if (customerId is not null)
        {
            recorded = await GrainFactory.GetGrain<ICustomerGrain>(customerId).RecordFollowUpAsync(actor, record);
            if (leadId is not null)
            {
                await GrainFactory.GetGrain<ILeadGrain>(leadId).TouchFollowUpAsync(recorded.At);
            }
        }
        else
        {
            recorded = await GrainFactory.GetGrain<ILeadGrain>(leadId!).RecordFollowUpAsync(actor, record);
        }

        if (opportunityId is not null)
        {
            await GrainFactory.GetGrain<IOpportunityGrain>(opportunityId).TouchFollowUpAsync(recorded.At);
        }

        return recorded;
    }

    // The opportunity names its customer; a converted lead names its customer; the customer names its lead.
    private async Task<(string? CustomerId, string? LeadId, string? OpportunityId)> ResolveAsync(LogFollowUpInput input)
    {
        var customerId = input.CustomerId;
        var leadId = input.LeadId;
        if (input.OpportunityId is { } opportunityId)
        {
            var opportunity = await GrainFactory.GetGrain<IOpportunityGrain>(opportunityId).FindAsync()
                ?? throw DomainException.NotFound("Opportunity", opportunityId);
            customerId = Same(customerId, opportunity.CustomerId, "The opportunity belongs to another customer.");
        }

        if (leadId is not null)
        {
            var lead = await GrainFactory.GetGrain<ILeadGrain>(leadId).FindAsync() ?? throw DomainException.NotFound("Lead", leadId);
            customerId = lead.CustomerId is null ? customerId : Same(customerId, lead.CustomerId, "The lead was converted to another customer.");
        }

        if (customerId is not null)
        {
            var customer = await GrainFactory.GetGrain<ICustomerGrain>(customerId).FindAccessAsync() ?? throw DomainException.NotFound("Customer", customerId);
            leadId = customer.LeadId is null ? leadId : Same(leadId, customer.LeadId, "The customer comes from another lead.");
            if (input.LeadId is not null && customer.LeadId is null)
            {
                throw DomainException.BadInput("The lead is not converted to this customer.");
            }
        }

        return (customerId, leadId, input.OpportunityId);
    }

    private static string Same(string? given, string actual, string message) =>
        given is null || given == actual ? actual : throw DomainException.BadInput(message);
}
