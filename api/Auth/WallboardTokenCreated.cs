using LiveSales.Runtime;

namespace LiveSales.Api.Auth;

/// <summary>The audit trail of wallboard tokens: who made which display token for which team.</summary>
[EventType("WallboardTokenCreated")]
public sealed record WallboardTokenCreated(string SessionId, string Name, string? TeamId, string ByUserId, DateTimeOffset At);
