using Npgsql;

namespace LiveSales.Runtime.Storage;

/// <summary>
/// The silo's PostgreSQL data source, shared by the runtime and by code that queries the grain
/// tables directly (list pages over <c>grain_state</c>, reports).
/// </summary>
public sealed class LiveSalesDatabase : IAsyncDisposable
{
    public LiveSalesDatabase(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);

        // Fail fast when the database is away; prepare the few statements the runtime repeats.
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            settings.Timeout = 5;
        }

        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }

        DataSource = NpgsqlDataSource.Create(settings);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>True when the database answers a trivial query within a few seconds.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var command = DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException or IOException or System.Net.Sockets.SocketException)
        {
            DataSource.Clear();
            return false;
        }
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
