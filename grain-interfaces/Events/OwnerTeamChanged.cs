using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>
/// A customer, lead or opportunity took its owner's new team (the owner moved team); the owner
/// itself did not change. <paramref name="RecordType"/> is <c>customer</c>, <c>lead</c> or <c>opportunity</c>.
/// </summary>
[EventType("OwnerTeamChanged")]
public sealed record OwnerTeamChanged(string RecordType, string RecordId, string OwnerId, string? FromTeamId, string? ToTeamId, DateTimeOffset At) : IDomainEvent;
