namespace LiveSales.GrainInterfaces.Events;

/// <summary>A fact raised by a grain, stored with its state write and delivered by the event feed.</summary>
public interface IDomainEvent
{
    DateTimeOffset At { get; }
}
