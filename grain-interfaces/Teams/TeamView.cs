namespace LiveSales.GrainInterfaces.Teams;

public sealed record TeamView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? ManagerId { get; init; }

    /// <summary>Every user of the team, the manager included.</summary>
    public IReadOnlyList<string> MemberIds { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
