namespace LiveSales.GrainInterfaces.Leads;

/// <summary>
/// A new lead. With <see cref="OwnerId"/> it is assigned to that rep; with <see cref="PoolId"/>
/// it waits unowned in that pool; with neither the assignment rules place it.
/// </summary>
public sealed record CreateLeadInput
{
    public required string Name { get; init; }

    public string? Company { get; init; }

    public string? Title { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Source { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public string? Notes { get; init; }

    public string? OwnerId { get; init; }

    public string? PoolId { get; init; }
}
