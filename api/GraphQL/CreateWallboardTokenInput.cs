namespace LiveSales.Api.GraphQL;

/// <summary>A wallboard display token: its name, the team it shows (a manager's own by default), how long it lasts.</summary>
public sealed record CreateWallboardTokenInput
{
    public required string Name { get; init; }

    public string? TeamId { get; init; }

    /// <summary>Null: until revoked.</summary>
    public TimeSpan? ExpiresIn { get; init; }
}
