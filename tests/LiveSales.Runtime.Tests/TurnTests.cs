using System.Diagnostics;
using LiveSales.Runtime.Tests.Grains;

namespace LiveSales.Runtime.Tests;

public sealed class TurnTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task A_thousand_concurrent_calls_to_a_non_reentrant_grain_never_overlap()
    {
        var grain = _grains.GetGrain<ISerialGrain>("thousand");

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => grain.Work())));

        Assert.Equal(1, await grain.MaxInside());
        Assert.Equal(Enumerable.Range(1, 1000), results.Order());
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_requests_on_one_thread_at_a_time()
    {
        var grain = _grains.GetGrain<IGateGrain>("reentrant");

        var waiting = Enumerable.Range(0, 5).Select(_ => grain.WaitForGate()).ToList();
        await grain.OpenGate();
        await Task.WhenAll(waiting);

        Assert.Equal(5, await grain.MaxInside());
        Assert.Equal(1, await grain.MaxThreadsAtOnce());
    }

    [Fact]
    public async Task A_call_cycle_fails_at_once_and_names_the_cycle()
    {
        var a = _grains.GetGrain<IHopGrain>("cycle-a");
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<CallCycleException>(() => a.Hop(["cycle-b", "cycle-a"], 0));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(["HopGrain/cycle-a", "HopGrain/cycle-b", "HopGrain/cycle-a"], error.Cycle.Select(g => g.ToString()));
        Assert.Contains("HopGrain/cycle-a -> HopGrain/cycle-b -> HopGrain/cycle-a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grain_calling_itself_is_a_cycle()
    {
        var error = await Assert.ThrowsAsync<CallCycleException>(() => _grains.GetGrain<IHopGrain>("self").Hop(["self"], 0));

        Assert.Equal(2, error.Cycle.Count);
    }

    [Fact]
    public async Task An_always_interleave_method_may_call_back_into_its_caller()
    {
        var a = _grains.GetGrain<IHopGrain>("interleave-a");

        Assert.Equal(3, await a.HopInterleaved(["interleave-b", "interleave-c", "interleave-a"], 0));
    }

    [Fact]
    public async Task Calls_without_a_cycle_chain_through_many_grains()
    {
        var keys = Enumerable.Range(0, 20).Select(i => $"chain-{i}").ToArray();

        Assert.Equal(20, await _grains.GetGrain<IHopGrain>("chain-start").Hop(keys, 0));
    }

    [Fact]
    public async Task Read_only_requests_run_together()
    {
        var grain = _grains.GetGrain<IReaderGrain>("readers");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => grain.Read(50)));

        Assert.Equal(4, await grain.MaxReadersAtOnce());
    }
}
