namespace LiveSales.Api.Auth;

/// <summary>What a new session is: whose, which kind, until when.</summary>
public sealed record SessionStart(SessionKind Kind, string UserId, DateTimeOffset? ExpiresAt, string? Name = null, string? TeamId = null);
