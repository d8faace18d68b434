using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("TeamChanged")]
public sealed record TeamChanged(string TeamId, string Name, string? ManagerId, string Change, DateTimeOffset At) : IDomainEvent;
