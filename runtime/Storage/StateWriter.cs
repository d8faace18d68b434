using System.Threading.Channels;
using LiveSales.Runtime.Hosting;
using Npgsql;

namespace LiveSales.Runtime.Storage;

/// <summary>
/// Group commit: writes from many grains are gathered and stored in one transaction (one round
/// trip, one flush). A few batches are in flight at once, so the next batch fills while one commits.
/// A stale item fails alone; if any statement errors, the batch is retried item by item so the
/// error reaches only the write that caused it.
/// </summary>
internal sealed class StateWriter : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly int _batchSize;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>();
    private readonly Task[] _writers;

    public StateWriter(NpgsqlDataSource dataSource, LiveSalesRuntimeOptions options)
    {
        _dataSource = dataSource;
        _batchSize = Math.Max(1, options.WriteBatchSize);
        _writers = [.. Enumerable.Range(0, Math.Max(1, options.WriteConcurrency)).Select(_ => Task.Run(WriteLoopAsync))];
    }

    public Task<long> WriteAsync(PendingWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            write.Fail(new StorageUnavailableException("The silo is stopping; the write was not stored."));
        }

        return write.Done;
    }

    /// <summary>Stores what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers).ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(_batchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteBatchAsync(List<PendingWrite> batch)
    {
        try
        {
            var versions = await CommitAsync(batch).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                if (versions[i] is { } version)
                {
                    batch[i].Succeed(version);
                }
                else
                {
                    batch[i].Fail(batch[i].Stale());
                }
            }
        }
        catch (Exception e) when (!StorageErrors.IsUnavailable(e) && batch.Count > 1)
        {
            foreach (var write in batch)
            {
                await WriteBatchAsync([write]).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (StorageErrors.IsUnavailable(e))
        {
            _dataSource.Clear();
            var unavailable = StorageErrors.Unavailable("state write", e);
            foreach (var write in batch)
            {
                write.Fail(unavailable);
            }
        }
        catch (Exception e)
        {
            batch[0].Fail(e);
        }
    }

    private async Task<long?[]> CommitAsync(List<PendingWrite> batch)
    {
        // A stable order keeps two silos' batches from locking the same rows in opposite orders.
        batch.Sort(static (a, b) =>
        {
            var byType = string.CompareOrdinal(a.Grain.Type, b.Grain.Type);
            if (byType != 0)
            {
                return byType;
            }

            var byKey = string.CompareOrdinal(a.Grain.Key, b.Grain.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.StateName, b.StateName);
        });
        var versions = new long?[batch.Count];
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var command = new NpgsqlBatch(connection, transaction))
        {
            foreach (var write in batch)
            {
                command.BatchCommands.Add(WriteStatement.Create(write));
            }

            command.BatchCommands.Add(new NpgsqlBatchCommand(WriteStatement.Notify));
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                versions[i] = await reader.ReadAsync().ConfigureAwait(false) ? reader.GetInt64(0) : null;
                await reader.NextResultAsync().ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return versions;
    }
}
