using LiveSales.Runtime.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LiveSales.Runtime.Storage;

/// <summary>
/// Applies numbered SQL files (<c>0001_runtime.sql</c>, ...) in name order, each in its own
/// transaction, recording each in <c>schema_migrations</c>. Safe to run twice and from several
/// silos at once: an advisory lock lets one run while the others wait and then find nothing to do.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner>? log = null)
{
    // "LiveSale" in ASCII: the advisory lock every LiveSales silo takes to migrate.
    private const long LockKey = 0x4C69766553616C65;

    private readonly ILogger _log = (ILogger?)log ?? NullLogger.Instance;

    /// <summary>Applies the files of <paramref name="directory"/> not applied yet; returns their names.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(string directory, CancellationToken cancellationToken = default)
    {
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.sql").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList()
            : [];
        var applied = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
            var done = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = new NpgsqlCommand("SELECT id FROM schema_migrations", connection))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    done.Add(reader.GetString(0));
                }
            }

            foreach (var file in files)
            {
                var id = Path.GetFileNameWithoutExtension(file);
                if (done.Contains(id))
                {
                    continue;
                }

                var sql = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (id) VALUES ($1)", connection, transaction))
                {
                    record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                _log.MigrationApplied(id);
                applied.Add(id);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None).ConfigureAwait(false);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
    }
}
