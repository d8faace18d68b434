using System.Text.Json;

namespace LiveSales.Runtime;

/// <summary>
/// A place in the global event order. Events are ordered by the id of the transaction that wrote
/// them, then by sequence within it; a reader never passes a transaction that may still commit.
/// </summary>
public readonly record struct EventPosition(ulong Transaction, long Sequence) : IComparable<EventPosition>
{
    public static EventPosition Start => default;

    public int CompareTo(EventPosition other)
    {
        var byTransaction = Transaction.CompareTo(other.Transaction);
        return byTransaction != 0 ? byTransaction : Sequence.CompareTo(other.Sequence);
    }

    public static bool operator <(EventPosition left, EventPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(EventPosition left, EventPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(EventPosition left, EventPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EventPosition left, EventPosition right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// One stored event: which grain raised it, at which state version, its type name and JSON body.
/// Every state write appends at least one event (a "StateWritten" marker when the grain raised none),
/// so the feed also tells silos when another silo wrote a newer version of a grain they hold.
/// </summary>
public sealed record EventEnvelope(
    EventPosition Position,
    GrainId Source,
    long Version,
    string Type,
    JsonElement Data,
    DateTimeOffset At)
{
    public const string StateWrittenType = "StateWritten";

    /// <summary>The state of <see cref="Source"/> whose write stored this event; <see cref="Version"/> is that state's new version.</summary>
    public string StateName { get; init; } = "";

    public T Deserialize<T>(JsonSerializerOptions? options = null) => Data.Deserialize<T>(options ?? JsonSerializerOptions.Web)!;
}

/// <summary>Receives events from the feed, in order, one batch at a time.</summary>
public interface IEventObserver
{
    ValueTask OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken);
}

/// <summary>
/// The ordered tail of the event log on this silo. Observers subscribed at start-up see every event
/// committed after the silo started; <see cref="ReadAsync"/> reads history for catch-up.
/// </summary>
public interface IEventFeed
{
    /// <summary>The position up to which every committed event has been delivered to observers.</summary>
    EventPosition Delivered { get; }

    IDisposable Subscribe(IEventObserver observer);

    Task<IReadOnlyList<EventEnvelope>> ReadAsync(EventPosition after, int max, CancellationToken cancellationToken = default);
}
