using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>A customer entered or left a pool's unowned list: the SignalR <c>poolChanged</c> push.</summary>
[EventType("PoolChanged")]
public sealed record CustomerPoolChanged(string PoolId, string CustomerId, PoolChangeKind Change, DateTimeOffset At) : IDomainEvent;
