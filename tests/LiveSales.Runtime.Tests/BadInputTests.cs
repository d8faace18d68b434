using System.Diagnostics;
using LiveSales.Runtime.Hosting;
using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LiveSales.Runtime.Tests;

public sealed class BadInputTests
{
    [Fact]
    public async Task State_that_cannot_be_deserialized_fails_every_call_naming_grain_and_key_and_is_never_overwritten()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        await Execute(cluster, """
            INSERT INTO grain_state VALUES ('profile', 'broken', 'profile', 7, '{"name":"x","tags":5}', now())
            """);
        var grain = cluster.GrainFactory.GetGrain<IProfileGrain>("broken");

        var first = await Assert.ThrowsAsync<StateDeserializationException>(() => grain.Get());
        var second = await Assert.ThrowsAsync<StateDeserializationException>(() => grain.Visit());

        Assert.Contains("profile/broken", first.Message, StringComparison.Ordinal);
        Assert.Contains("'profile'", second.Message, StringComparison.Ordinal);
        Assert.Equal("7 {\"name\": \"x\", \"tags\": 5}", await Query(cluster, "SELECT version || ' ' || data::text FROM grain_state WHERE grain_key = 'broken'"));
        Assert.Equal("0", await Query(cluster, "SELECT count(*)::text FROM events"));
    }

    [Fact]
    public async Task With_the_database_down_calls_fail_fast_and_the_silo_recovers_when_it_returns()
    {
        var database = await TestDatabase.CreateAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy("127.0.0.1", server.Port);
        var options = ClusterFixture.Options();
        options.Database = database;
        options.SiloConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = proxy.Port, Timeout = 3 }.ConnectionString;
        try
        {
            await using var cluster = await TestCluster.StartAsync(options);
            var health = cluster.Silos[0].Services.GetRequiredService<RuntimeHealth>();
            var known = cluster.GrainFactory.GetGrain<IProfileGrain>("known");
            await known.Visit();

            proxy.Cut();
            var clock = Stopwatch.StartNew();
            var write = await Record.ExceptionAsync(() => known.Visit());
            var activation = await Record.ExceptionAsync(() => cluster.GrainFactory.GetGrain<IProfileGrain>("new").Get());
            var reminder = await Record.ExceptionAsync(() => cluster.GrainFactory.GetGrain<IAlarmGrain>("a").Set("r", TimeSpan.FromMinutes(1), null));
            var elapsed = clock.Elapsed;
            var readyWhileDown = await health.IsReadyAsync();
            proxy.Restore();

            Assert.IsType<StorageUnavailableException>(write);
            Assert.IsType<StorageUnavailableException>(activation);
            Assert.IsType<StorageUnavailableException>(reminder);
            Assert.True(elapsed < TimeSpan.FromSeconds(15), $"failing took {elapsed}");
            Assert.False(readyWhileDown);
            Assert.True(await health.IsReadyAsync());
            Assert.Equal(2, await known.Visit());
            Assert.Equal("", (await cluster.GrainFactory.GetGrain<IProfileGrain>("new").Get()).Name);
            await cluster.WaitForEventFeedAsync();
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task Execute(TestCluster cluster, string sql) => await Query(cluster, sql + " RETURNING ''");

    private static async Task<string?> Query(TestCluster cluster, string sql)
    {
        await using var dataSource = cluster.Database.CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        return (string?)await command.ExecuteScalarAsync();
    }
}
