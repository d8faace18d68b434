using System.Diagnostics;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// A database holding an organisation (made through the grains) and a <see cref="CustomerPopulation"/>
/// (bulk-loaded with COPY as <see cref="CustomerRows"/> builds it), vacuumed and analysed.
/// </summary>
public sealed class SeededDatabase : IAsyncDisposable
{
    private SeededDatabase(ScaleDatabase database, CustomerPopulation population, TimeSpan loadTime, long bytes)
    {
        Database = database;
        Population = population;
        LoadTime = loadTime;
        Bytes = bytes;
    }

    public ScaleDatabase Database { get; }

    public CustomerPopulation Population { get; }

    /// <summary>How long the COPY of every customer's rows took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The database's size on disk.</summary>
    public long Bytes { get; }

    public static async Task<SeededDatabase> CreateAsync(int owned, int reps, int pools)
    {
        var database = await ScaleDatabase.CreateAsync(owned.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            ScaleOrganisation organisation;
            using (var silo = await SalesSilo.StartAsync(database.ConnectionString, "seed"))
            {
                organisation = await ScaleOrganisation.CreateAsync(silo.Services.GetRequiredService<IGrainFactory>(), reps, pools);
                await silo.StopAsync();
            }

            var now = DateTimeOffset.UtcNow;
            var population = new CustomerPopulation(organisation, owned, new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
            var clock = Stopwatch.StartNew();
            await using (var db = database.CreateDataSource())
            {
                await LoadAsync(db, Enumerable.Range(0, population.Total).Select(n => CustomerRows.Build(population.Spec(n), population.Anchor)));
                await ExecuteAsync(db, "VACUUM ANALYZE grain_state");
                await ExecuteAsync(db, "VACUUM ANALYZE reminders");
                await ExecuteAsync(db, "VACUUM ANALYZE events");
                var load = clock.Elapsed;
                await using var size = db.CreateCommand("SELECT pg_database_size(current_database())");
                return new SeededDatabase(database, population, load, (long)(await size.ExecuteScalarAsync())!);
            }
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>COPYs the rows of these customers in one go.</summary>
    public static async Task LoadAsync(NpgsqlDataSource db, IEnumerable<SeededCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        await using var copy = await CustomerCopy.OpenAsync(db);
        foreach (var customer in customers)
        {
            await copy.WriteAsync(customer);
        }

        await copy.CompleteAsync();
    }

    public static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = db.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
