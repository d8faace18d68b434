using LiveSales.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Runtime.Hosting;

/// <summary>Whether this silo is ready: migrations applied and the database answering.</summary>
public sealed class RuntimeHealth(IServiceProvider services)
{
    private volatile bool _migrated;

    /// <summary>True once start-up migrations have run (or there were none to run).</summary>
    public bool MigrationsApplied => _migrated;

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        _migrated && (services.GetService<LiveSalesDatabase>() is not { } database || await database.PingAsync(cancellationToken).ConfigureAwait(false));

    internal void MarkMigrated() => _migrated = true;
}
