namespace LiveSales.Grains.Security;

/// <summary>
/// The facts visibility needs about an owned-or-pooled record (customer, lead, opportunity): its
/// owner, the owner's team, and the pool it sits in while unowned.
/// </summary>
public sealed record RecordAccess(string? OwnerId, string? OwnerTeamId, string? PoolId, bool InPool);
