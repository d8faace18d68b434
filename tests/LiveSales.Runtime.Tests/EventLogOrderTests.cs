using LiveSales.Runtime.Events;
using LiveSales.Runtime.Storage;
using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LiveSales.Runtime.Tests;

/// <summary>The log is ordered by transaction id as a number, also where the ids gain a digit (999 → 1000).</summary>
public sealed class EventLogOrderTests
{
    [Fact]
    public async Task Events_are_read_in_transaction_order_where_transaction_ids_gain_a_digit()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = database.CreateDataSource();
        await new MigrationRunner(dataSource).ApplyAsync(TestCluster.MigrationsDirectory);
        var boundary = await InsertAcrossDigitBoundaryAsync(dataSource);

        var events = await EventLog.ReadStableAsync(dataSource, EventPosition.Start, 10, CancellationToken.None);
        var head = await EventLog.ReadHeadAsync(dataSource, CancellationToken.None);
        var stable = await EventLog.ReadStablePositionAsync(dataSource, CancellationToken.None);

        Assert.Equal([boundary - 1, boundary], events.Select(e => e.Position.Transaction));
        Assert.Equal(["before", "after"], events.Select(e => e.Source.Key));
        Assert.Equal(boundary, head.Transaction);
        Assert.Equal(boundary, stable.Transaction);
    }

    [Fact]
    public async Task A_silo_starting_where_transaction_ids_gained_a_digit_delivers_only_events_committed_after_it_started()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var dataSource = database.CreateDataSource())
        {
            await new MigrationRunner(dataSource).ApplyAsync(TestCluster.MigrationsDirectory);
            await InsertAcrossDigitBoundaryAsync(dataSource);
        }

        var options = ClusterFixture.Options();
        options.Database = database;
        await using var cluster = await TestCluster.StartAsync(options);
        var observer = new RecordingObserver();
        using var subscription = cluster.Silos[0].Services.GetRequiredService<IEventFeed>().Subscribe(observer);

        await cluster.GrainFactory.GetGrain<IProfileGrain>("after-start").SetName("Ada");
        await cluster.WaitForEventFeedAsync();

        Assert.Equal(["after-start"], observer.Events.Select(e => e.Source.Key));
    }

    // Two committed events with explicit, long finished transaction ids on either side of a power of ten.
    private static async Task<ulong> InsertAcrossDigitBoundaryAsync(NpgsqlDataSource dataSource)
    {
        await using var current = dataSource.CreateCommand("SELECT pg_current_xact_id()::text::bigint");
        var xid = (long)(await current.ExecuteScalarAsync())!;
        var boundary = (ulong)Math.Pow(10, Math.Max(1, Math.Floor(Math.Log10(xid / 2.0))));
        await using var insert = dataSource.CreateCommand("""
            INSERT INTO events (tx, grain_type, grain_key, state_name, version, type, data, at)
            VALUES ($1::text::xid8, 'profile', 'before', 'profile', 1, 'Old', '{}', now()),
                   ($2::text::xid8, 'profile', 'after', 'profile', 1, 'Old', '{}', now())
            """);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = (boundary - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = boundary.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await insert.ExecuteNonQueryAsync();
        return boundary;
    }
}
