namespace LiveSales.Grains.Users;

public sealed class UserEmailState
{
    public string? UserId { get; set; }
}
