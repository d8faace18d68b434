using LiveSales.Runtime.Storage;
using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LiveSales.Runtime.Tests;

public sealed class EventFeedTests
{
    [Fact]
    public async Task Raised_events_are_stored_with_the_state_write_and_delivered_in_order()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var observer = new RecordingObserver();
        using var subscription = cluster.Silos[0].Services.GetRequiredService<IEventFeed>().Subscribe(observer);
        var grain = cluster.GrainFactory.GetGrain<IProfileGrain>("events");

        await grain.SetName("Ada");
        await grain.Rename("Grace");
        await cluster.WaitForEventFeedAsync();

        var events = observer.Events;
        Assert.Equal(["StateWritten", "NameChanged", "VisitCounted"], events.Select(e => e.Type));
        Assert.Equal([1L, 2L, 2L], events.Select(e => e.Version));
        Assert.All(events, e => Assert.Equal((new GrainId("profile", "events"), "profile"), (e.Source, e.StateName)));
        Assert.Equal("Grace", events[1].Deserialize<NameChanged>().Name);
        Assert.Equal(1, events[2].Deserialize<Visited>().Visits);
        Assert.Equal(events.Select(e => e.Position).Order(), events.Select(e => e.Position));
        Assert.Equal(cluster.Time.GetUtcNow(), events[0].At);
    }

    [Fact]
    public async Task A_stale_write_stores_none_of_its_events()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var storage = cluster.Silos[0].Services.GetRequiredService<GrainStateStorage>();
        var grain = new GrainId("profile", "stale-events");
        await storage.WriteAsync(grain, "profile", 0, "{}", [], DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteAsync(grain, "profile", 0, "{}", [new SerializedEvent("NameChanged", """{"name":"x"}""")], DateTimeOffset.UtcNow));

        Assert.Equal(1L, await Scalar<long>(cluster, "SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task Every_silo_reads_every_event_in_the_same_order()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options(silos: 3));
        var observers = cluster.Silos.Select(s =>
        {
            var observer = new RecordingObserver();
            s.Services.GetRequiredService<IEventFeed>().Subscribe(observer);
            return observer;
        }).ToList();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            cluster.Silos[i % 3].GrainFactory.GetGrain<IProfileGrain>($"many-{i}").Rename($"name-{i}")));
        await cluster.WaitForEventFeedAsync();

        Assert.Equal(200, observers[0].Events.Count);
        Assert.All(observers, o => Assert.Equal(observers[0].Events.Select(e => e.Position), o.Events.Select(e => e.Position)));
        Assert.Equal(observers[0].Events.Select(e => e.Position).Order(), observers[0].Events.Select(e => e.Position));
    }

    [Fact]
    public async Task An_event_committed_late_by_an_older_transaction_is_not_skipped()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var feed = cluster.Silos[0].Services.GetRequiredService<IEventFeed>();
        var observer = new RecordingObserver();
        using var subscription = feed.Subscribe(observer);
        await using var dataSource = cluster.Database.CreateDataSource();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var older = await connection.BeginTransactionAsync();
        await using (var assignXid = new NpgsqlCommand("SELECT pg_current_xact_id()", connection, older))
        {
            await assignXid.ExecuteScalarAsync();
        }

        await cluster.GrainFactory.GetGrain<IProfileGrain>("newer").SetName("newer");
        var readableWhileOlderRuns = await feed.ReadAsync(EventPosition.Start, 100);
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO events (grain_type, grain_key, state_name, version, type, data, at) VALUES ('profile', 'older', 'profile', 1, 'Late', '{}', now())",
            connection, older))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await older.CommitAsync();
        await cluster.WaitForEventFeedAsync();

        Assert.Empty(readableWhileOlderRuns);
        Assert.Equal(["older", "newer"], observer.Events.Select(e => e.Source.Key));
    }

    [Fact]
    public async Task A_silo_drops_its_copy_of_a_grain_when_the_feed_shows_a_newer_version_from_another_silo()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options(silos: 2));
        var onFirst = cluster.Silos[0].GrainFactory.GetGrain<IProfileGrain>("shared");
        var onSecond = cluster.Silos[1].GrainFactory.GetGrain<IProfileGrain>("shared");
        await onFirst.SetName("first");
        await cluster.WaitForEventFeedAsync();
        Assert.Equal("first", (await onSecond.Get()).Name);

        await onFirst.SetName("updated on the first silo");
        await cluster.WaitForEventFeedAsync();
        var stillActiveOnSecond = cluster.Silos[1].IsActive(new GrainId("profile", "shared"));

        Assert.False(stillActiveOnSecond);
        Assert.Equal("updated on the first silo", (await onSecond.Get()).Name);
    }

    [Fact]
    public async Task A_write_based_on_an_old_version_fails_drops_the_activation_and_the_next_call_reloads()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var log = cluster.Silos[0].Services.GetRequiredService<ActivationLog>();
        var grain = cluster.GrainFactory.GetGrain<IProfileGrain>("race");
        await grain.Visit();

        // Another writer stores version 2 and its event has not reached this silo yet.
        await Scalar<int>(cluster, """
            UPDATE grain_state SET version = 2, data = '{"name":"elsewhere","visits":5}'
            WHERE grain_type = 'profile' AND grain_key = 'race' RETURNING 0
            """);
        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Visit());
        await cluster.Silos[0].WaitForDeactivationAsync(new GrainId("profile", "race"));
        var afterReload = await grain.Visit();

        Assert.Equal(6, afterReload);
        Assert.Equal([DeactivationReason.StaleState], log.DeactivationsOf(new GrainId("profile", "race")));
    }

    private static async Task<T> Scalar<T>(TestCluster cluster, string sql)
    {
        await using var dataSource = cluster.Database.CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
