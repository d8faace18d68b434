namespace LiveSales.GrainInterfaces.Customers;

/// <summary>What visibility and other grains need to know about a customer, without its history.</summary>
public sealed record CustomerAccess(
    string Id,
    string Name,
    string? OwnerId,
    string? OwnerTeamId,
    string PoolId,
    bool InPool,
    string? LeadId);
