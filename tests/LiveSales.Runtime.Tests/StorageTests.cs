using LiveSales.Runtime.Storage;
using LiveSales.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Runtime.Tests;

/// <summary>The grain storage contract, after the list of Orleans' GrainStorageTestRunner.</summary>
public sealed class StorageTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly GrainStateStorage _storage = fixture.Cluster.Silos[0].Services.GetRequiredService<GrainStateStorage>();
    private readonly IGrainFactory _grains = fixture.Grains;

    private static GrainId NewGrain(string key = "") => new("StorageTest", key + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Missing_state_reads_as_version_zero_without_data()
    {
        var stored = await _storage.ReadAsync(NewGrain(), "state");

        Assert.Equal(new StoredState(0, null), stored);
    }

    [Fact]
    public async Task A_write_then_read_returns_what_was_written_with_a_new_version()
    {
        var grain = NewGrain();

        var version = await Write(grain, "state", 0, """{"name":"Ada"}""");
        var stored = await _storage.ReadAsync(grain, "state");

        Assert.Equal(1, version);
        Assert.Equal(new StoredState(1, """{"name": "Ada"}"""), stored);
    }

    [Fact]
    public async Task A_duplicate_first_write_fails_with_InconsistentStateException()
    {
        var grain = NewGrain();
        await Write(grain, "state", 0, """{"n":1}""");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Write(grain, "state", 0, """{"n":2}"""));

        Assert.Equal(new StoredState(1, """{"n": 1}"""), await _storage.ReadAsync(grain, "state"));
    }

    [Fact]
    public async Task A_stale_write_fails_with_InconsistentStateException_and_changes_nothing()
    {
        var grain = NewGrain();
        var first = await Write(grain, "state", 0, """{"n":1}""");
        await Write(grain, "state", first, """{"n":2}""");

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Write(grain, "state", first, """{"n":3}"""));

        Assert.Equal("1", error.StoredEtag);
        Assert.Equal(new StoredState(2, """{"n": 2}"""), await _storage.ReadAsync(grain, "state"));
    }

    [Fact]
    public async Task The_version_changes_on_every_write_and_on_clear()
    {
        var grain = NewGrain();

        var afterWrite = await Write(grain, "state", 0, """{"n":1}""");
        var afterSecondWrite = await Write(grain, "state", afterWrite, """{"n":2}""");
        var afterClear = await Write(grain, "state", afterSecondWrite, null);
        var afterRewrite = await Write(grain, "state", afterClear, """{"n":3}""");

        Assert.Equal([1L, 2L, 3L, 4L], [afterWrite, afterSecondWrite, afterClear, afterRewrite]);
    }

    [Fact]
    public async Task A_cleared_state_reads_without_data_and_a_stale_clear_fails()
    {
        var grain = NewGrain();
        var version = await Write(grain, "state", 0, """{"n":1}""");
        await Write(grain, "state", version, null);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Write(grain, "state", version, null));

        Assert.Equal(new StoredState(2, null), await _storage.ReadAsync(grain, "state"));
    }

    [Fact]
    public async Task State_names_of_one_grain_are_independent()
    {
        var grain = NewGrain();

        await Write(grain, "first", 0, """{"n":1}""");
        await Write(grain, "second", 0, """{"n":2}""");

        Assert.Equal(new StoredState(1, """{"n": 1}"""), await _storage.ReadAsync(grain, "first"));
        Assert.Equal(new StoredState(1, """{"n": 2}"""), await _storage.ReadAsync(grain, "second"));
    }

    [Theory]
    [InlineData("Кириллица-ключ")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("key with spaces/and'quotes\"")]
    public async Task String_guid_and_cyrillic_keys_round_trip(string key)
    {
        var grain = new GrainId("StorageTest", key + Guid.NewGuid().ToString("N")[..4]);

        await Write(grain, "state", 0, """{"key":"ключ"}""");

        Assert.Equal("""{"key": "ключ"}""", (await _storage.ReadAsync(grain, "state")).Json);
    }

    [Fact]
    public async Task Parallel_writes_and_reads_of_many_grains_all_land()
    {
        var grains = Enumerable.Range(0, 200).Select(i => NewGrain($"p{i}-")).ToList();

        var versions = await Task.WhenAll(grains.Select((g, i) => Write(g, "state", 0, $$"""{"i":{{i}}}""")));
        var reads = await Task.WhenAll(grains.Select(g => _storage.ReadAsync(g, "state")));

        Assert.All(versions, v => Assert.Equal(1, v));
        Assert.Equal(grains.Select((_, i) => $$"""{"i": {{i}}}"""), reads.Select(r => r.Json));
    }

    [Fact]
    public async Task A_stale_item_fails_alone_in_its_batch()
    {
        var stale = NewGrain();
        await Write(stale, "state", 0, """{"n":1}""");
        var fresh = Enumerable.Range(0, 50).Select(i => NewGrain($"f{i}-")).ToList();

        var writes = fresh.Select(g => Write(g, "state", 0, """{"n":1}""")).Append(Write(stale, "state", 0, """{"n":2}""")).ToList();
        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[^1]);

        Assert.All(await Task.WhenAll(writes.Take(50)), v => Assert.Equal(1, v));
    }

    [Fact]
    public async Task A_statement_error_of_one_item_fails_only_that_item()
    {
        var good = Enumerable.Range(0, 20).Select(i => NewGrain($"g{i}-")).ToList();
        var bad = NewGrain();

        // Invalid JSON makes the database reject this one statement (as a unique index would).
        var writes = good.Select(g => Write(g, "state", 0, """{"n":1}""")).Append(Write(bad, "state", 0, "{not json")).ToList();
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => writes[^1]);

        Assert.All(await Task.WhenAll(writes.Take(20)), v => Assert.Equal(1, v));
        Assert.Equal(new StoredState(0, null), await _storage.ReadAsync(bad, "state"));
    }

    [Fact]
    public async Task A_grain_sees_its_etag_change_on_write_and_clear_and_reads_default_after_clear()
    {
        var grain = _grains.GetGrain<IProfileGrain>("etag-" + Guid.NewGuid());

        var before = await grain.Etag();
        await grain.SetName("Ada");
        var afterWrite = await grain.Etag();
        await grain.Clear();
        var afterClear = await grain.Etag();

        Assert.Equal(new string?[] { null, "1", "2" }, new[] { before, afterWrite, afterClear });
        Assert.False(await grain.RecordExists());
        Assert.Equal("", (await grain.Get()).Name);
    }

    [Fact]
    public async Task Two_states_of_one_grain_are_stored_and_read_independently()
    {
        var key = "two-" + Guid.NewGuid();
        await _grains.GetGrain<ITwoStateGrain>(key).Set("left", "right");

        var first = await _storage.ReadAsync(new GrainId(nameof(TwoStateGrain), key), "first");
        var second = await _storage.ReadAsync(new GrainId(nameof(TwoStateGrain), key), "second");

        Assert.Contains("\"name\": \"left\"", first.Json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"right\"", second.Json, StringComparison.Ordinal);
    }

    private Task<long> Write(GrainId grain, string state, long expected, string? json) =>
        _storage.WriteAsync(grain, state, expected, json, [], DateTimeOffset.UtcNow);
}
