using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.Grains.Common;

namespace LiveSales.Grains.Leads;

/// <summary>
/// The mapping of a lead to a customer (and optionally an opportunity). Each field takes the
/// conversion input when given, else the lead's field: company (or the lead's name) → customer
/// name; region, industry, source, tags as they are; the lead's person → the first contact. The
/// customer and the opportunity take the lead's id as theirs, so a retried conversion makes no twins.
/// </summary>
public static class LeadConversion
{
    public static (CreateCustomerInput Customer, CreateOpportunityInput? Opportunity) Map(LeadView lead, ConvertLeadInput input)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(input);
        if (lead.Status == LeadStatus.Disqualified)
        {
            throw DomainException.Conflict("A disqualified lead cannot be converted; reopen it first.");
        }

        var name = Text.Optional(input.CustomerName, "customerName", Text.NameLength) ?? lead.Company ?? lead.Name;
        var customer = new CreateCustomerInput
        {
            Name = name,
            Region = Text.Optional(input.Region, "region") ?? lead.Region,
            Industry = Text.Optional(input.Industry, "industry") ?? lead.Industry,
            Tier = Text.Optional(input.Tier, "tier"),
            Source = lead.Source,
            Tags = input.Tags is null ? lead.Tags : Text.Tags(input.Tags),
            Contacts = [lead.ToContact()!],
            OwnerId = lead.OwnerId,
            PoolId = Text.Id(input.PoolId, "poolId") ?? lead.PoolId,
            LeadId = lead.Id,
        };

        if (!input.CreateOpportunity)
        {
            return (customer, null);
        }

        if (input.OpportunityAmount is < 0)
        {
            throw DomainException.BadInput("opportunityAmount must not be negative.");
        }

        if (input.OpportunityStage is { } stage && !OpportunityStages.IsOpenStage(stage))
        {
            throw DomainException.BadInput($"'{stage}' is not an open stage ({string.Join(", ", OpportunityStages.Open)}).");
        }

        var opportunity = new CreateOpportunityInput
        {
            CustomerId = lead.Id,
            Name = Text.Optional(input.OpportunityName, "opportunityName", Text.NameLength) ?? $"{name} — first deal",
            Amount = input.OpportunityAmount ?? 0m,
            Stage = input.OpportunityStage,
            LeadId = lead.Id,
        };
        return (customer, opportunity);
    }
}
