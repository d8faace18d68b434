using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.Grains.Security;

namespace LiveSales.Grains.Opportunities;

public sealed class OpportunityState
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string CustomerId { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public string? OwnerTeamId { get; set; }

    public string Stage { get; set; } = OpportunityStages.InitialContact;

    public decimal Amount { get; set; }

    public int Probability { get; set; }

    public bool ProbabilityOverridden { get; set; }

    public OpportunityStatus Status { get; set; }

    public DateOnly? ExpectedCloseDate { get; set; }

    public DateTimeOffset? LastFollowUpAt { get; set; }

    public string? LeadId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? LostReason { get; set; }

    public RecordAccess Access => new(OwnerId, OwnerTeamId, null, false);

    public OpportunityView ToView() => new()
    {
        Id = Id,
        Name = Name,
        CustomerId = CustomerId,
        OwnerId = OwnerId,
        OwnerTeamId = OwnerTeamId,
        Stage = Stage,
        Amount = Amount,
        Probability = Probability,
        ProbabilityOverridden = ProbabilityOverridden,
        Status = Status,
        ExpectedCloseDate = ExpectedCloseDate,
        LastFollowUpAt = LastFollowUpAt,
        LeadId = LeadId,
        CreatedAt = CreatedAt,
        ClosedAt = ClosedAt,
    };
}
