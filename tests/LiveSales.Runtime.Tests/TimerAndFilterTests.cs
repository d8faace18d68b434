using System.Collections.Concurrent;
using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Runtime.Tests;

public sealed class TimerAndFilterTests
{
    [Fact]
    public async Task A_grain_timer_ticks_with_the_fake_clock_and_stops_when_disposed()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("ticking");
        await grain.Start(TimeSpan.FromSeconds(10));

        // Each tick is a turn queued on the grain; the next call runs after it.
        for (var second = 0; second < 35; second += 5)
        {
            cluster.Time.Advance(TimeSpan.FromSeconds(5));
            await grain.Ticks();
        }

        var whileRunning = await grain.Ticks();
        await grain.Stop();
        cluster.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(3, whileRunning);
        Assert.Equal(3, await grain.Ticks());
    }

    [Fact]
    public async Task A_timer_tick_waits_for_the_request_in_progress()
    {
        await using var cluster = await TestCluster.StartAsync(ClusterFixture.Options());
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("held");
        await grain.Start(TimeSpan.FromSeconds(1));

        var hold = grain.Hold();
        await grain.Holding();
        cluster.Time.Advance(TimeSpan.FromSeconds(1));
        await grain.Release();
        await hold;

        // A tick that ran during Hold would have thrown instead of counting.
        Assert.Equal(1, await grain.Ticks());
    }

    [Fact]
    public async Task Incoming_call_filters_see_every_request_with_its_arguments_and_result()
    {
        var filter = new RecordingFilter();
        var options = ClusterFixture.Options();
        var configure = options.ConfigureServices;
        options.ConfigureServices = services =>
        {
            configure!(services);
            services.AddSingleton<IIncomingGrainCallFilter>(filter);
        };
        await using var cluster = await TestCluster.StartAsync(options);
        var grain = cluster.GrainFactory.GetGrain<IPingGrain>("filtered");

        var result = await grain.Ping(41);
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail("boom"));

        Assert.Equal(42, result);
        Assert.Equal(["PingGrain/filtered Ping(41) = 42", "PingGrain/filtered Fail(boom) threw boom"], filter.Calls);
    }

    private sealed class RecordingFilter : IIncomingGrainCallFilter
    {
        private readonly ConcurrentQueue<string> _calls = new();

        public IReadOnlyList<string> Calls => [.. _calls];

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            var call = $"{context.TargetId} {context.InterfaceMethod.Name}({string.Join(", ", context.Arguments)})";
            try
            {
                await context.Invoke();
                _calls.Enqueue($"{call} = {context.Result}");
            }
            catch (Exception e)
            {
                _calls.Enqueue($"{call} threw {e.Message}");
                throw;
            }
        }
    }
}
