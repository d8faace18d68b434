using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Security;

namespace LiveSales.Grains.Customers;

/// <summary>
/// A customer as stored. The SQL list queries read ownerId, ownerTeamId, poolId, inPool and
/// returnsToPoolAt from this JSON (see silo/Migrations/0100_sales_indexes.sql); times are UTC.
/// </summary>
public sealed class CustomerState
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Region { get; set; }

    public string? Industry { get; set; }

    public string? Tier { get; set; }

    public string? Source { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<Contact> Contacts { get; set; } = [];

    public string? OwnerId { get; set; }

    public string? OwnerTeamId { get; set; }

    public string PoolId { get; set; } = PoolIds.Default;

    public bool InPool { get; set; }

    public bool Locked { get; set; }

    public bool Won { get; set; }

    public DateTimeOffset? OwnedSince { get; set; }

    public DateTimeOffset? LastFollowUpAt { get; set; }

    public DateTimeOffset? NextFollowUpAt { get; set; }

    /// <summary>Who scheduled the next follow-up: alerted when the customer has no owner by then.</summary>
    public string? NextFollowUpBy { get; set; }

    public DateTimeOffset? LastDealAt { get; set; }

    public DateTimeOffset? ReturnsToPoolAt { get; set; }

    public string? ReturnRule { get; set; }

    public List<string> OpenOpportunityIds { get; set; } = [];

    public List<string> WonOpportunityIds { get; set; } = [];

    public string? LeadId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public ClockMarks Marks { get; set; } = ClockMarks.None;

    /// <summary>When the clock reminder is meant to fire next (null: none wanted).</summary>
    public DateTimeOffset? ClockDueAt { get; set; }

    /// <summary>The pool rules version the clock was last computed under.</summary>
    public long ClockRulesVersion { get; set; }

    public List<OwnershipChange> History { get; set; } = [];

    public List<FollowUpRecord> FollowUps { get; set; } = [];

    public List<FormerOwner> FormerOwners { get; set; } = [];

    public RecordAccess Access => new(OwnerId, OwnerTeamId, PoolId, InPool);

    public ReturnFacts ReturnFacts => new()
    {
        OwnerId = OwnerId,
        OwnedSince = OwnedSince,
        LastFollowUpAt = LastFollowUpAt,
        LastDealAt = LastDealAt,
        Won = Won,
        Locked = Locked,
        HasOpenOpportunity = OpenOpportunityIds.Count > 0,
    };

    public CustomerView ToView() => new()
    {
        Id = Id,
        Name = Name,
        Region = Region,
        Industry = Industry,
        Tier = Tier,
        Source = Source,
        Tags = [.. Tags],
        Contacts = [.. Contacts],
        OwnerId = OwnerId,
        OwnerTeamId = OwnerTeamId,
        PoolId = PoolId,
        InPool = InPool,
        Locked = Locked,
        Won = Won,
        LastFollowUpAt = LastFollowUpAt,
        NextFollowUpAt = NextFollowUpAt,
        ReturnsToPoolAt = ReturnsToPoolAt,
        ReturnRule = ReturnRule,
        OpenOpportunityIds = [.. OpenOpportunityIds],
        LeadId = LeadId,
        CreatedAt = CreatedAt,
        History = [.. History],
        FollowUpCount = FollowUps.Count,
    };

    public CustomerAccess ToAccess() => new(Id, Name, OwnerId, OwnerTeamId, PoolId, InPool, LeadId);
}
