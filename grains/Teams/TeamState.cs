namespace LiveSales.Grains.Teams;

public sealed class TeamState
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ManagerId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
