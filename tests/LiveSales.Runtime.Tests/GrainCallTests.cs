using LiveSales.Runtime.Tests.Grains;

namespace LiveSales.Runtime.Tests;

public sealed class GrainCallTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task A_call_returns_the_grain_result()
    {
        var grain = _grains.GetGrain<IPingGrain>("call-result");

        Assert.Equal(42, await grain.Ping(41));
        Assert.Equal(10, await grain.PingValue(5));
        await grain.Touch();
    }

    [Fact]
    public async Task A_grain_knows_its_string_and_guid_keys()
    {
        var guid = Guid.NewGuid();

        Assert.Equal("Кириллица/ключ 1", await _grains.GetGrain<IPingGrain>("Кириллица/ключ 1").Key());
        Assert.Equal(guid, await _grains.GetGrain<IGuidPingGrain>(guid).Key());
    }

    [Fact]
    public async Task An_exception_reaches_the_caller_with_its_type_and_message()
    {
        var grain = _grains.GetGrain<IPingGrain>("call-exception");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail("no such customer"));
        var thrownLater = await Assert.ThrowsAsync<ArgumentException>(() => grain.FailAfterAwait("bad amount"));

        Assert.Equal("no such customer", thrown.Message);
        Assert.Equal("bad amount", thrownLater.Message);
        Assert.Equal(2, await grain.Ping(1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_null_or_empty_key_is_rejected(string? key)
    {
        Assert.ThrowsAny<ArgumentException>(() => _grains.GetGrain<IPingGrain>(key!));
    }

    [Fact]
    public void The_empty_guid_is_rejected_as_a_key()
    {
        Assert.Throws<ArgumentException>(() => _grains.GetGrain<IGuidPingGrain>(Guid.Empty));
    }

    [Fact]
    public void An_unknown_grain_type_is_rejected_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => _grains.GetGrain<IPingGrain>(new GrainId("NoSuchGrain", "k")));

        Assert.Contains("NoSuchGrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_by_grain_id_reaches_the_same_grain()
    {
        var byKey = _grains.GetGrain<IProfileGrain>("same-grain");
        await byKey.SetName("Ada");

        var byId = _grains.GetGrain<IProfileGrain>(new GrainId("profile", "same-grain"));

        Assert.Equal("Ada", (await byId.Get()).Name);
        Assert.Equal(byKey, byId);
    }
}
