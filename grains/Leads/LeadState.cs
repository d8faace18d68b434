using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Security;

namespace LiveSales.Grains.Leads;

public sealed class LeadState
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Company { get; set; }

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Source { get; set; }

    public string? Region { get; set; }

    public string? Industry { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? Notes { get; set; }

    public LeadStatus Status { get; set; }

    public string? OwnerId { get; set; }

    public string? OwnerTeamId { get; set; }

    public string PoolId { get; set; } = PoolIds.Default;

    public bool InPool { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    /// <summary>The acceptance deadline of the current owner; null once touched or when none applies.</summary>
    public DateTimeOffset? AcceptBy { get; set; }

    public TimeSpan? AcceptWithin { get; set; }

    /// <summary>Reps that let the deadline pass: never offered this lead again.</summary>
    public List<string> PassedOver { get; set; } = [];

    public DateTimeOffset? LastFollowUpAt { get; set; }

    public DateTimeOffset? NextFollowUpAt { get; set; }

    public string? NextFollowUpBy { get; set; }

    public DateTimeOffset? FollowUpAlertedFor { get; set; }

    public string? CustomerId { get; set; }

    public string? OpportunityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The import and row that created the lead, so a repeated import finds it.</summary>
    public string? ImportKey { get; set; }

    public DateTimeOffset? ClockDueAt { get; set; }

    public List<LeadLogEntry> Log { get; set; } = [];

    public List<FollowUpRecord> FollowUps { get; set; } = [];

    public RecordAccess Access => new(OwnerId, OwnerTeamId, PoolId, InPool);

    public LeadView ToView() => new()
    {
        Id = Id,
        Name = Name,
        Company = Company,
        Title = Title,
        Email = Email,
        Phone = Phone,
        Source = Source,
        Region = Region,
        Industry = Industry,
        Tags = [.. Tags],
        Notes = Notes,
        Status = Status,
        OwnerId = OwnerId,
        OwnerTeamId = OwnerTeamId,
        PoolId = PoolId,
        InPool = InPool,
        LastFollowUpAt = LastFollowUpAt,
        NextFollowUpAt = NextFollowUpAt,
        AcceptBy = AcceptBy,
        CustomerId = CustomerId,
        OpportunityId = OpportunityId,
        CreatedAt = CreatedAt,
        Log = [.. Log],
        FollowUpCount = FollowUps.Count,
    };
}
