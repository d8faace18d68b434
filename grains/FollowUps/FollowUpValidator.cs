using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.Grains.Common;

namespace LiveSales.Grains.FollowUps;

/// <summary>A follow-up names what it concerns, says something, and schedules the next one in the future.</summary>
public static class FollowUpValidator
{
    public static LogFollowUpInput Validate(LogFollowUpInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var normalized = input with
        {
            CustomerId = Text.Id(input.CustomerId, "customerId"),
            LeadId = Text.Id(input.LeadId, "leadId"),
            OpportunityId = Text.Id(input.OpportunityId, "opportunityId"),
            Summary = Text.Required(input.Summary, "summary", Text.LongText),
            Result = Text.Optional(input.Result, "result", Text.LongText),
            ContactName = Text.Optional(input.ContactName, "contactName", Text.NameLength),
            NextFollowUpAt = input.NextFollowUpAt?.ToUniversalTime(),
        };

        if (normalized.CustomerId is null && normalized.LeadId is null && normalized.OpportunityId is null)
        {
            throw DomainException.BadInput("A follow-up needs a customerId, a leadId or an opportunityId.");
        }

        if (!Enum.IsDefined(normalized.Channel))
        {
            throw DomainException.BadInput($"Unknown channel {normalized.Channel}.");
        }

        if (normalized.NextFollowUpAt is { } next && next <= now)
        {
            throw DomainException.BadInput($"nextFollowUpAt {next:u} is not in the future.");
        }

        return normalized;
    }
}
