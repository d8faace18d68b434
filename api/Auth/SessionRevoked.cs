using LiveSales.Runtime;

namespace LiveSales.Api.Auth;

/// <summary>A token was revoked (logout, wallboard revoked): live connections opened with it are closed.</summary>
[EventType("SessionRevoked")]
public sealed record SessionRevoked(string SessionId, SessionKind Kind, string UserId, string ByUserId, DateTimeOffset At);
