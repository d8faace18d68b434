using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("AssignmentConfigChanged")]
public sealed record AssignmentConfigChanged(int RuleCount, string ByUserId, DateTimeOffset At) : IDomainEvent;
