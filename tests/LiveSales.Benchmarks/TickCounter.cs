using System.Collections.Concurrent;
using System.Diagnostics;

namespace LiveSales.Benchmarks;

/// <summary>Counts delivered ticks per grain and remembers when the last one arrived.</summary>
public sealed class TickCounter
{
    private readonly ConcurrentDictionary<string, int> _perGrain = new();
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public long LastTickTimestamp { get; private set; }

    public int MostTicksOfOneGrain => _perGrain.IsEmpty ? 0 : _perGrain.Values.Max();

    public int Grains => _perGrain.Count;

    public void Add(string grain)
    {
        _perGrain.AddOrUpdate(grain, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _total);
        LastTickTimestamp = Stopwatch.GetTimestamp();
    }
}
