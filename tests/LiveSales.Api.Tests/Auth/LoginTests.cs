using LiveSales.Api.Auth;
using LiveSales.Api.Tests.Infrastructure;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Api.Tests.Auth;

public sealed class LoginTests : IAsyncLifetime
{
    private const string Login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email name role team { id } } } }";
    private ApiHost _host = null!;
    private TestOrg _org = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        _org = await TestOrg.CreateAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Login_gives_a_session_whose_token_works_as_a_bearer_header()
    {
        var session = (await _host.GraphQL.DataAsync(Login, new { e = "REP-A1@api.livesales.test ", p = "pw-rep-a1" })).GetProperty("login");

        Assert.StartsWith("ls_", session.GetProperty("token").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-01-05T21:00:00Z", session.GetProperty("expiresAt").GetString());
        Assert.Equal("rep-a1@api.livesales.test", session.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal("REP", session.GetProperty("user").GetProperty("role").GetString());
        Assert.Equal(TestOrg.TeamA, session.GetProperty("user").GetProperty("team").GetProperty("id").GetString());

        var me = await _host.GraphQL.DataAsync("{ me { name role } }", token: session.GetProperty("token").GetString());
        Assert.Equal("rep-a1", me.GetProperty("me").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_first_admin_comes_from_configuration_and_is_made_once()
    {
        var admin = (await _host.GraphQL.DataAsync(Login, new { e = ApiHost.AdminEmail, p = ApiHost.AdminPassword })).GetProperty("login");
        await _host.Services.GetRequiredService<Hosting.AdminBootstrap>().EnsureAdminAsync();

        Assert.Equal("ADMIN", admin.GetProperty("user").GetProperty("role").GetString());
        var users = await _host.GraphQL.DataAsync("{ users(first: 100) { nodes { email role } } }", token: admin.GetProperty("token").GetString());
        Assert.Single(users.GetProperty("users").GetProperty("nodes").EnumerateArray(), u => u.GetProperty("role").GetString() == "ADMIN");
    }

    [Theory]
    [InlineData("rep-a1@api.livesales.test", "wrong-password")]
    [InlineData("nobody@api.livesales.test", "pw-rep-a1")]
    [InlineData("not an email", "pw-rep-a1")]
    [InlineData("rep-a1@api.livesales.test", "")]
    public async Task A_wrong_email_or_password_is_UNAUTHENTICATED_with_the_same_message(string email, string password)
    {
        var response = await _host.GraphQL.SendAsync(Login, new { e = email, p = password });

        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.Equal("Invalid email or password.", response.ErrorMessage);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ls_this-token-was-never-issued-by-anyone")]
    [InlineData("garbage")]
    public async Task Without_a_valid_token_every_query_is_UNAUTHENTICATED(string? token)
    {
        var response = await _host.GraphQL.SendAsync("{ me { name } }", token: token);

        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }

    [Fact]
    public async Task Logout_ends_the_token_at_once()
    {
        var token = await _host.TokenAsync(TestOrg.Email("rep-a2"), "pw-rep-a2");

        var loggedOut = await _host.GraphQL.DataAsync("mutation { logout }", token: token);

        Assert.True(loggedOut.GetProperty("logout").GetBoolean());
        Assert.Equal("UNAUTHENTICATED", (await _host.GraphQL.SendAsync("{ me { name } }", token: token)).ErrorCode);
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime_and_its_session_is_removed()
    {
        var token = await _host.TokenAsync(TestOrg.Email("rep-b1"), "pw-rep-b1");

        await _host.AdvanceAsync(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        Assert.Equal("rep-b1", (await _host.GraphQL.DataAsync("{ me { name } }", token: token)).GetProperty("me").GetProperty("name").GetString());
        await _host.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal("UNAUTHENTICATED", (await _host.GraphQL.SendAsync("{ me { name } }", token: token)).ErrorCode);
        var stored = await _host.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(BearerTokens.SessionIdOf(token)!).FindAsync();
        Assert.Null(stored);
    }

    [Fact]
    public async Task A_deactivated_user_loses_access_at_once_and_cannot_sign_in()
    {
        var token = await _host.TokenAsync(TestOrg.Email("rep-a2"), "pw-rep-a2");

        var deactivated = await _host.GraphQL.DataAsync("mutation { setUserActive(id: \"rep-a2\", active: false) { active } }", token: _org.Admin);

        Assert.False(deactivated.GetProperty("setUserActive").GetProperty("active").GetBoolean());
        Assert.Equal("UNAUTHENTICATED", (await _host.GraphQL.SendAsync("{ me { name } }", token: token)).ErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await _host.GraphQL.SendAsync(Login, new { e = TestOrg.Email("rep-a2"), p = "pw-rep-a2" })).ErrorCode);
    }
}
