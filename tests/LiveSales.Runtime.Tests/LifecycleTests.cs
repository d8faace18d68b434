using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Runtime.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task An_idle_grain_is_collected_after_the_collection_age_and_reactivates_with_its_state()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options(runtime: o => o.CollectionAge = TimeSpan.FromMinutes(15)));
        var log = cluster.Silos[0].Services.GetRequiredService<ActivationLog>();
        var grain = cluster.GrainFactory.GetGrain<IProfileGrain>("idle");
        var id = new GrainId("profile", "idle");
        await grain.SetName("Ada");
        await grain.Visit();

        cluster.Time.Advance(TimeSpan.FromMinutes(14));
        await cluster.CollectIdleActivationsAsync();
        var activeBeforeAge = cluster.Silos[0].IsActive(id);
        cluster.Time.Advance(TimeSpan.FromMinutes(5));
        await cluster.CollectIdleActivationsAsync();
        var activeAfterAge = cluster.Silos[0].IsActive(id);
        var profile = await grain.Get();

        Assert.True(activeBeforeAge);
        Assert.False(activeAfterAge);
        Assert.Equal([DeactivationReason.IdleCollected], log.DeactivationsOf(id));
        Assert.Equal(2, log.Count(id));
        Assert.Equal(("Ada", 1), (profile.Name, profile.Visits));
    }

    [Fact]
    public async Task A_grain_in_use_is_not_collected()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var grain = cluster.GrainFactory.GetGrain<IPingGrain>("busy");

        for (var minute = 0; minute < 30; minute++)
        {
            await grain.Ping(minute);
            cluster.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await cluster.CollectIdleActivationsAsync();

        Assert.True(cluster.Silos[0].IsActive(new GrainId(nameof(PingGrain), "busy")));
    }

    [Fact]
    public async Task DeactivateOnIdle_deactivates_after_the_request_and_the_next_call_reactivates()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var log = cluster.Silos[0].Services.GetRequiredService<ActivationLog>();
        var grain = cluster.GrainFactory.GetGrain<IProfileGrain>("bye");
        var id = new GrainId("profile", "bye");
        await grain.Visit();

        await grain.Deactivate();
        await cluster.Silos[0].WaitForDeactivationAsync(id);

        Assert.Equal(1, await grain.Visit() - 1);
        Assert.Equal([DeactivationReason.ApplicationRequested], log.DeactivationsOf(id));
        Assert.Equal(2, log.Count(id));
    }

    [Fact]
    public async Task A_stopping_silo_deactivates_its_grains_with_ShuttingDown()
    {
        var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var log = cluster.Silos[0].Services.GetRequiredService<ActivationLog>();
        await cluster.GrainFactory.GetGrain<IProfileGrain>("shutdown").Visit();

        await cluster.StopSiloAsync(0);
        await cluster.DisposeAsync();

        Assert.Equal([DeactivationReason.ShuttingDown], log.DeactivationsOf(new GrainId("profile", "shutdown")));
    }

    [Fact]
    public async Task A_turn_running_when_the_silo_stops_finishes_and_may_still_call_other_grains_while_outside_calls_are_refused()
    {
        var gate = new Gate();
        var options = ClusterFixture.Options();
        var configure = options.ConfigureServices;
        options.ConfigureServices = services =>
        {
            configure!(services);
            services.AddSingleton(gate);
        };
        await using var cluster = await TestCluster.StartAsync(options);
        var grains = cluster.GrainFactory;
        var running = grains.GetGrain<IRelayGrain>("in-flight").WaitThenPing("reached-during-stop");
        await gate.Entered;

        var stopping = cluster.StopSiloAsync(0);
        var outside = await Record.ExceptionAsync(() => grains.GetGrain<IPingGrain>("outside").Ping(1));
        gate.Open();

        Assert.Equal(2, await running);
        await stopping;
        Assert.IsType<InvalidOperationException>(outside);
    }
}
