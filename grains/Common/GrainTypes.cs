namespace LiveSales.Grains.Common;

/// <summary>The grain type names in storage (grain_state.grain_type), used by the SQL list queries.</summary>
public static class GrainTypes
{
    public const string User = "user";
    public const string UserEmail = "user-email";
    public const string Team = "team";
    public const string Pool = "pool";
    public const string Customer = "customer";
    public const string Lead = "lead";
    public const string LeadImport = "lead-import";
    public const string Opportunity = "opportunity";
    public const string FollowUp = "follow-up";
    public const string Assignment = "assignment";
    public const string TeamSweep = "team-sweep";

    /// <summary>Every sales grain keeps one state under this name.</summary>
    public const string StateName = "state";
}
