using System.Collections.Concurrent;
using LiveSales.GrainInterfaces.Events;
using LiveSales.Runtime;

namespace LiveSales.Grains.Tests.Cluster;

/// <summary>Keeps every domain event one silo's feed delivers, in order.</summary>
internal sealed class EventRecorder : IEventObserver
{
    private readonly ConcurrentQueue<(EventEnvelope Envelope, IDomainEvent Event)> _events = new();

    public IReadOnlyList<IDomainEvent> Events => [.. _events.Select(e => e.Event)];

    public IReadOnlyList<EventEnvelope> Envelopes => [.. _events.Select(e => e.Envelope)];

    public ValueTask OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        foreach (var envelope in events)
        {
            if (DomainEventTypes.Read(envelope) is { } domainEvent)
            {
                _events.Enqueue((envelope, domainEvent));
            }
        }

        return ValueTask.CompletedTask;
    }
}
