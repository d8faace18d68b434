using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.Grains.Common;

namespace LiveSales.Grains.Opportunities;

public static class OpportunityInputValidator
{
    public static CreateOpportunityInput Validate(CreateOpportunityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with
        {
            CustomerId = Text.Id(Text.Required(input.CustomerId, "customerId"), "customerId")!,
            Name = Text.Required(input.Name, "name"),
            Amount = Amount(input.Amount),
            Stage = input.Stage is null ? null : OpenStage(input.Stage),
            Probability = Probability(input.Probability),
            LeadId = Text.Id(input.LeadId, "leadId"),
        };
    }

    public static decimal Amount(decimal amount) =>
        amount is < 0 or > 1_000_000_000_000m ? throw DomainException.BadInput("amount must be between 0 and 1000000000000.") : amount;

    public static int? Probability(int? probability) =>
        probability is < 0 or > 100 ? throw DomainException.BadInput("probability must be between 0 and 100.") : probability;

    public static string OpenStage(string stage)
    {
        var normalized = stage.Trim().ToUpperInvariant().Replace(' ', '_');
        return OpportunityStages.IsOpenStage(normalized)
            ? normalized
            : throw DomainException.BadInput($"'{stage}' is not an open stage ({string.Join(", ", OpportunityStages.Open)}); close with win or lose.");
    }
}
