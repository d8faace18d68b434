namespace LiveSales.Grains.Queries;

/// <summary>Optional conditions of a customer list; they narrow what the actor may see anyway.</summary>
public sealed record CustomerListFilter
{
    public static CustomerListFilter None { get; } = new();

    public string? OwnerId { get; init; }

    public string? TeamId { get; init; }

    public string? PoolId { get; init; }

    public bool? InPool { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public string? Tier { get; init; }

    public bool? Won { get; init; }

    public bool? Locked { get; init; }

    /// <summary>Part of the name, ignoring case.</summary>
    public string? NameContains { get; init; }
}
