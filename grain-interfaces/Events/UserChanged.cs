using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>A user was created or changed (role, team, active, away, capacity). Never carries the password.</summary>
[EventType("UserChanged")]
public sealed record UserChanged(string UserId, string Name, Role Role, string? TeamId, bool Active, bool Away, string Change, DateTimeOffset At) : IDomainEvent;
