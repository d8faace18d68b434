using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Grains.Users;

public sealed class UserState
{
    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public Role Role { get; set; } = Role.Rep;

    public string? TeamId { get; set; }

    /// <summary>New at every team change: the team sweep compares it to know its pass is current.</summary>
    public string? TeamStamp { get; set; }

    public string? Region { get; set; }

    public List<string> Industries { get; set; } = [];

    public bool Active { get; set; } = true;

    public bool Away { get; set; }

    public int? Capacity { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DailyClaims Claims { get; set; } = DailyClaims.Empty;

    public UserView ToView() => new()
    {
        Id = Id,
        Email = Email,
        Name = Name,
        Role = Role,
        TeamId = TeamId,
        TeamStamp = TeamStamp,
        Region = Region,
        Industries = [.. Industries],
        Active = Active,
        Away = Away,
        Capacity = Capacity,
        CreatedAt = CreatedAt,
    };
}
