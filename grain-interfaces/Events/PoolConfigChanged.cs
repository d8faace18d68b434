using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>A pool was created or its rules or teams changed.</summary>
[EventType("PoolConfigChanged")]
public sealed record PoolConfigChanged(string PoolId, string Name, long RulesVersion, string Change, DateTimeOffset At) : IDomainEvent;
