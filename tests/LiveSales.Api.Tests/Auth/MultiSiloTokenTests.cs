using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Auth;

/// <summary>Tokens are kept in the shared database, so any silo accepts them and a revocation anywhere reaches every silo.</summary>
public sealed class MultiSiloTokenTests : IAsyncLifetime
{
    private ApiHost _first = null!;
    private ApiHost _second = null!;
    private TestOrg _org = null!;

    public async Task InitializeAsync()
    {
        _first = await ApiHost.StartAsync();
        _org = await TestOrg.CreateAsync(_first);
        _second = _first.StartSecondSilo();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_token_issued_by_one_silo_works_on_another()
    {
        var me = await _second.GraphQL.DataAsync("{ me { name } }", token: _org.RepA1);

        Assert.Equal("rep-a1", me.GetProperty("me").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Logging_out_on_one_silo_ends_the_token_on_the_other()
    {
        var token = await _first.TokenAsync(TestOrg.Email("rep-a2"), "pw-rep-a2");
        await _second.GraphQL.DataAsync("{ me { name } }", token: token);

        await _first.GraphQL.DataAsync("mutation { logout }", token: token);
        await _second.WaitForEventFeedAsync();

        Assert.Equal("UNAUTHENTICATED", (await _second.GraphQL.SendAsync("{ me { name } }", token: token)).ErrorCode);
    }

    [Fact]
    public async Task Deactivating_a_user_on_one_silo_locks_it_out_of_the_other()
    {
        await _second.GraphQL.DataAsync("{ me { name } }", token: _org.RepB1);

        await _first.GraphQL.DataAsync("mutation { setUserActive(id: \"rep-b1\", active: false) { active } }", token: _org.Admin);
        await _second.WaitForEventFeedAsync();

        Assert.Equal("UNAUTHENTICATED", (await _second.GraphQL.SendAsync("{ me { name } }", token: _org.RepB1)).ErrorCode);
    }

    [Fact]
    public async Task A_wallboard_token_revoked_on_one_silo_stops_on_the_other()
    {
        var created = await _first.GraphQL.DataAsync("mutation { createWallboardToken(input: {name: \"Lobby\"}) { id token } }", token: _org.Admin);
        var (id, token) = (created.GetProperty("createWallboardToken").GetProperty("id").GetString(), created.GetProperty("createWallboardToken").GetProperty("token").GetString());
        await _second.GraphQL.DataAsync("{ me { role } }", token: token);

        await _first.GraphQL.DataAsync("mutation($id: ID!) { revokeWallboardToken(id: $id) { revokedAt } }", new { id }, _org.Admin);
        await _second.WaitForEventFeedAsync();

        Assert.Equal("UNAUTHENTICATED", (await _second.GraphQL.SendAsync("{ me { role } }", token: token)).ErrorCode);
    }
}
