namespace LiveSales.Api.Auth;

/// <summary>A wallboard display token as the API shows it; <see cref="Token"/> only in the answer that created it.</summary>
public sealed record WallboardToken(SessionView Session, string? Token = null);
