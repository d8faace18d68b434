using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using LiveSales.GrainInterfaces.Events;
using LiveSales.Runtime;

namespace LiveSales.Benchmarks.Sales;

/// <summary>Watches the event feed for RETURNED_TO_POOL alerts of the customers expected to return, and when the last arrived.</summary>
public sealed class ReturnCounter(IReadOnlySet<string> expected) : IEventObserver
{
    private static readonly string s_alertType = DomainEventTypes.NameOf(typeof(AlertRaised));
    private readonly ConcurrentDictionary<string, int> _returned = new();
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Distinct expected customers seen returned.</summary>
    public int Returned => _returned.Count;

    public long LastTimestamp { get; private set; }

    public Task All => _all.Task;

    public ValueTask OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var envelope in events)
        {
            if (envelope.Type == s_alertType
                && envelope.Deserialize<AlertRaised>() is { Kind: AlertKind.ReturnedToPool, CustomerId: { } customer }
                && expected.Contains(customer))
            {
                _returned.AddOrUpdate(customer, 1, (_, n) => n + 1);
                LastTimestamp = Stopwatch.GetTimestamp();
            }
        }

        if (_returned.Count >= expected.Count)
        {
            _all.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }
}
