namespace LiveSales.GrainInterfaces.Teams;

public sealed record CreateTeamInput
{
    public required string Name { get; init; }

    /// <summary>An existing manager (or admin) who leads the team; may be set later.</summary>
    public string? ManagerId { get; init; }
}
