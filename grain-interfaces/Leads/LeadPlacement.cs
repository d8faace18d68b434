namespace LiveSales.GrainInterfaces.Leads;

/// <summary>Where a new lead goes, decided before it is created (bulk import decides all rows at once).</summary>
public sealed record LeadPlacement(string? OwnerId, string? OwnerTeamId, string PoolId, string Reason, string? RuleId, TimeSpan? AcceptWithin);
