using LiveSales.GrainInterfaces.Security;

namespace LiveSales.GrainInterfaces.Users;

/// <summary>A user as the API shows it. The password hash never leaves the grain.</summary>
public sealed record UserView
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    public required Role Role { get; init; }

    public string? TeamId { get; init; }

    /// <summary>A new value at every team change (null before the first): what the team sweep of the user's records works to.</summary>
    public string? TeamStamp { get; init; }

    public string? Region { get; init; }

    public IReadOnlyList<string> Industries { get; init; } = [];

    /// <summary>False once the user left: cannot sign in, never chosen by assignment.</summary>
    public bool Active { get; init; } = true;

    /// <summary>Temporarily absent (holiday, sick): still signs in, skipped by assignment.</summary>
    public bool Away { get; init; }

    /// <summary>How many customers the rep should hold at most; weights capacity-weighted assignment.</summary>
    public int? Capacity { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Actor ToActor() => new(Id, Role, TeamId);
}
