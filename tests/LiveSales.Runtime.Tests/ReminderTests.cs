using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Runtime.Tests;

public sealed class ReminderTests
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_periodic_reminder_ticks_on_time_under_the_fake_clock()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var ticks = cluster.Silos[0].Services.GetRequiredService<TickLog>();
        var start = cluster.Time.GetUtcNow();
        var alarm = cluster.GrainFactory.GetGrain<IAlarmGrain>("periodic");
        await alarm.Set("check", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

        cluster.Time.Advance(TimeSpan.FromMinutes(4));
        await cluster.DeliverDueRemindersAsync();
        var beforeDue = ticks.Count;
        cluster.Time.Advance(s_minute);
        await cluster.DeliverDueRemindersAsync();
        cluster.Time.Advance(TimeSpan.FromMinutes(10));
        await cluster.DeliverDueRemindersAsync();

        Assert.Equal(0, beforeDue);
        Assert.Equal(
            [new TickStatus(start.AddMinutes(5), TimeSpan.FromMinutes(10), start.AddMinutes(5)), new TickStatus(start.AddMinutes(5), TimeSpan.FromMinutes(10), start.AddMinutes(15))],
            ticks.Of(new GrainId("alarm", "periodic"), "check"));
    }

    [Fact]
    public async Task A_one_shot_reminder_ticks_once_and_is_deleted()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var ticks = cluster.Silos[0].Services.GetRequiredService<TickLog>();
        var alarm = cluster.GrainFactory.GetGrain<IAlarmGrain>("once");
        await alarm.Set("follow-up", TimeSpan.FromSeconds(6), null);

        cluster.Time.Advance(TimeSpan.FromSeconds(6));
        await cluster.DeliverDueRemindersAsync();
        cluster.Time.Advance(TimeSpan.FromHours(1));
        await cluster.DeliverDueRemindersAsync();

        Assert.Single(ticks.All);
        Assert.Empty(await alarm.Names());
    }

    [Fact]
    public async Task A_reminder_moved_inside_its_own_handler_keeps_the_new_due_time()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var ticks = cluster.Silos[0].Services.GetRequiredService<TickLog>();
        var start = cluster.Time.GetUtcNow();
        var alarm = cluster.GrainFactory.GetGrain<IAlarmGrain>("snoozer");
        await alarm.Set("snooze", s_minute, null);

        cluster.Time.Advance(s_minute);
        await cluster.DeliverDueRemindersAsync();
        cluster.Time.Advance(TimeSpan.FromMinutes(10));
        await cluster.DeliverDueRemindersAsync();

        Assert.Equal([start.AddMinutes(1), start.AddMinutes(11)], ticks.All.Select(t => t.Status.CurrentTickTime));
        Assert.Equal(["snooze"], await alarm.Names());
    }

    [Fact]
    public async Task An_unregistered_reminder_stops_ticking()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var ticks = cluster.Silos[0].Services.GetRequiredService<TickLog>();
        var alarm = cluster.GrainFactory.GetGrain<IAlarmGrain>("cancelled");
        await alarm.Set("check", s_minute, s_minute);
        cluster.Time.Advance(s_minute);
        await cluster.DeliverDueRemindersAsync();

        await alarm.Cancel("check");
        cluster.Time.Advance(TimeSpan.FromMinutes(5));
        await cluster.DeliverDueRemindersAsync();

        Assert.Single(ticks.All);
    }

    [Fact]
    public async Task A_reminder_survives_a_silo_restart()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        await cluster.GrainFactory.GetGrain<IAlarmGrain>("restart").Set("check", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

        var silo = await cluster.RestartSiloAsync(0);
        cluster.Time.Advance(TimeSpan.FromMinutes(5));
        await cluster.DeliverDueRemindersAsync();

        Assert.Single(silo.Services.GetRequiredService<TickLog>().All);
    }

    [Fact]
    public async Task A_tick_due_while_no_silo_ran_is_delivered_late_after_restart_with_its_due_time()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var start = cluster.Time.GetUtcNow();
        await cluster.GrainFactory.GetGrain<IAlarmGrain>("down").Set("check", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        await cluster.StopSiloAsync(0);

        cluster.Time.Advance(TimeSpan.FromMinutes(37));
        var silo = await cluster.RestartSiloAsync(0);
        await cluster.DeliverDueRemindersAsync();
        cluster.Time.Advance(TimeSpan.FromMinutes(8));
        await cluster.DeliverDueRemindersAsync();

        var ticks = silo.Services.GetRequiredService<TickLog>().All.Select(t => t.Status.CurrentTickTime);
        Assert.Equal([start.AddMinutes(5), start.AddMinutes(45)], ticks);
    }

    [Fact]
    public async Task A_lease_left_by_a_crashed_silo_expires_and_the_tick_is_delivered()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options(silos: 2, runtime: o => o.ReminderLease = TimeSpan.FromMinutes(2)));
        await cluster.GrainFactory.GetGrain<IAlarmGrain>("crash").Set("check", s_minute, null);
        await cluster.KillSiloAsync(0);
        await using (var db = cluster.Database.CreateDataSource())
        {
            await using var lease = db.CreateCommand("UPDATE reminders SET lease_owner = 'dead', lease_until = $1");
            lease.Parameters.AddWithValue(cluster.Time.GetUtcNow().AddMinutes(3));
            await lease.ExecuteNonQueryAsync();
        }

        cluster.Time.Advance(TimeSpan.FromMinutes(2));
        await cluster.DeliverDueRemindersAsync();
        var whileLeased = cluster.Silos[1].Services.GetRequiredService<TickLog>().Count;
        cluster.Time.Advance(s_minute);
        await cluster.DeliverDueRemindersAsync();

        Assert.Equal(0, whileLeased);
        Assert.Single(cluster.Silos[1].Services.GetRequiredService<TickLog>().All);
    }

    [Fact]
    public async Task A_gracefully_stopped_silo_gives_back_its_leases_so_another_silo_delivers_at_once()
    {
        var ticks = new TickLog();
        var options = ClusterFixture.Options(runtime: o => o.ReminderRetryDelay = TimeSpan.FromMinutes(5));
        options.ConfigureServices = services => services.AddSingleton(ticks);
        await using var cluster = await TestCluster.StartAsync(options);
        await cluster.GrainFactory.GetGrain<IAlarmGrain>("handover").Set("flaky", s_minute, null);
        cluster.Time.Advance(s_minute);
        await cluster.DeliverDueRemindersAsync();
        var leaseAfterFailure = await LeaseOwnerAsync(cluster);

        await cluster.StartSiloAsync();
        await cluster.StopSiloAsync(0);
        var leaseAfterStop = await LeaseOwnerAsync(cluster);
        await cluster.DeliverDueRemindersAsync();

        Assert.NotNull(leaseAfterFailure);
        Assert.Null(leaseAfterStop);
        Assert.Equal(2, ticks.Of(new GrainId("alarm", "handover"), "flaky").Count);
        Assert.Equal(0L, await ScalarAsync(cluster, "SELECT count(*) FROM reminders"));
    }

    [Fact]
    public async Task Two_silos_deliver_every_tick_of_ten_thousand_reminders_exactly_once()
    {
        var ticks = new TickLog();
        var options = ClusterFixture.Options(silos: 2, runtime: o => o.ReminderBatchSize = 500);
        options.ConfigureServices = services => services.AddSingleton(ticks);
        await using var cluster = await TestCluster.StartAsync(options);
        var registry = cluster.Silos[0].Services.GetRequiredService<IGrainReminderRegistry>();
        var grains = Enumerable.Range(0, 10_000).Select(i => new GrainId("alarm", $"many-{i}")).ToList();
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (grain, _) => await registry.RegisterOrUpdateAsync(grain, "tick", s_minute, s_minute));

        for (var round = 0; round < 3; round++)
        {
            cluster.Time.Advance(s_minute);
            await cluster.DeliverDueRemindersAsync();
        }

        var perTick = ticks.All.GroupBy(t => (t.Grain, t.Status.CurrentTickTime)).Select(g => g.Count()).ToList();
        Assert.Equal(30_000, ticks.Count);
        Assert.Equal(30_000, perTick.Count);
        Assert.All(perTick, count => Assert.Equal(1, count));
        Assert.True(cluster.Silos.All(s => s.ActivationCount > 0), "both silos delivered ticks");
    }

    [Fact]
    public async Task A_period_under_one_second_and_a_grain_that_is_not_remindable_are_rejected()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var registry = cluster.Silos[0].Services.GetRequiredService<IGrainReminderRegistry>();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => registry.RegisterOrUpdateAsync(new GrainId("alarm", "fast"), "r", TimeSpan.Zero, TimeSpan.FromMilliseconds(500)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => registry.RegisterOrUpdateAsync(new GrainId(nameof(PingGrain), "p"), "r", TimeSpan.Zero, null));
        await Assert.ThrowsAsync<ArgumentException>(() => registry.RegisterOrUpdateAsync(new GrainId("alarm", "k"), "", TimeSpan.Zero, null));
    }

    private static async Task<string?> LeaseOwnerAsync(TestCluster cluster) =>
        await ScalarAsync(cluster, "SELECT lease_owner FROM reminders WHERE name = 'flaky'") as string;

    private static async Task<object?> ScalarAsync(TestCluster cluster, string sql)
    {
        await using var db = cluster.Database.CreateDataSource();
        await using var command = db.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
