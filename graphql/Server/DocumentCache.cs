using System.Collections.Concurrent;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Server;

/// <summary>
/// Parsed and validated documents by their query text, so a repeated query skips parsing and
/// validation (and execution reuses the plans attached to the document). Bounded: when full, entries
/// not used since the last sweep are dropped (a clock-style approximation of least recently used).
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private long _hits;
    private long _misses;

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count => _entries.Count;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public bool TryGet(string query, out DocumentNode document, out IReadOnlyList<GraphQLError> validationErrors)
    {
        if (_entries.TryGetValue(query, out Entry? entry))
        {
            entry.Used = true;
            Interlocked.Increment(ref _hits);
            document = entry.Document;
            validationErrors = entry.ValidationErrors;
            return true;
        }

        Interlocked.Increment(ref _misses);
        document = null!;
        validationErrors = [];
        return false;
    }

    public void Add(string query, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        if (Capacity == 0)
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            Sweep();
        }

        _entries.TryAdd(query, new Entry(document, validationErrors));
    }

    private void Sweep()
    {
        lock (_sweepLock)
        {
            if (_entries.Count < Capacity)
            {
                return;
            }

            foreach (KeyValuePair<string, Entry> pair in _entries)
            {
                if (!pair.Value.Used)
                {
                    _entries.TryRemove(pair.Key, out _);
                }
                else
                {
                    pair.Value.Used = false;
                }
            }

            // Every entry was used since the last sweep: drop half of them anyway to make room.
            if (_entries.Count >= Capacity)
            {
                int drop = _entries.Count / 2;
                foreach (string key in _entries.Keys)
                {
                    if (drop-- <= 0)
                    {
                        break;
                    }

                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Entry(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        public DocumentNode Document { get; } = document;

        public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

        public bool Used { get; set; }
    }
}
