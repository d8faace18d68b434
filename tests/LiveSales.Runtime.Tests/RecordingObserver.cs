using System.Collections.Concurrent;

namespace LiveSales.Runtime.Tests;

/// <summary>Keeps every event a feed delivers, in delivery order.</summary>
public sealed class RecordingObserver : IEventObserver
{
    private readonly ConcurrentQueue<EventEnvelope> _events = new();

    public IReadOnlyList<EventEnvelope> Events => [.. _events];

    public ValueTask OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        foreach (var envelope in events)
        {
            _events.Enqueue(envelope);
        }

        return ValueTask.CompletedTask;
    }
}
