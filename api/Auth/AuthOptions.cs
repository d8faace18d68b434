namespace LiveSales.Api.Auth;

/// <summary>The <c>LiveSales:Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "LiveSales:Auth";

    /// <summary>The first admin, created at start-up when no user has this email.</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>How long a token from <c>login</c> is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
