using LiveSales.Api.Auth;
using LiveSales.Api.GraphQL;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;

namespace LiveSales.Api.Tests.Units;

public class MutationsTests
{
    private static readonly FakeResolverContext s_signedIn = new(ApiClaims.ForUser(
        new SessionView { Id = "s1", Kind = SessionKind.User, UserId = "rep-1" },
        new UserView { Id = "rep-1", Email = "rep@x.test", Name = "Rep", Role = Role.Rep, TeamId = "team-1" }));

    [Fact]
    public async Task A_mutation_runs_as_the_signed_in_actor()
    {
        var actor = await Mutations.RunAsync(s_signedIn, (_, a) => Task.FromResult(a));

        Assert.Equal(new Actor("rep-1", Role.Rep, "team-1"), actor);
    }

    [Fact]
    public async Task A_lost_race_is_retried_once_and_the_retry_answers()
    {
        var attempts = 0;

        var result = await Mutations.RunAsync(s_signedIn, (_, _) => ++attempts == 1 ? throw new InconsistentStateException("stale") : Task.FromResult("stored"));

        Assert.Equal(("stored", 2), (result, attempts));
    }

    [Fact]
    public async Task A_race_lost_twice_is_CONFLICT()
    {
        var attempts = 0;

        var error = await Assert.ThrowsAsync<DomainException>(() => Mutations.RunAsync<string>(s_signedIn, (_, _) =>
        {
            attempts++;
            throw new InconsistentStateException("stale");
        }));

        Assert.Equal(("CONFLICT", 2), (error.ApiCode, attempts));
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<DomainException>(() => Mutations.RunAsync<string>(s_signedIn, (_, _) =>
        {
            attempts++;
            throw DomainException.Forbidden("no");
        }));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Without_a_signed_in_user_nothing_runs()
    {
        var ran = false;

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => Mutations.RunAsync(new FakeResolverContext(new System.Security.Claims.ClaimsPrincipal()), (_, _) => Task.FromResult(ran = true)));

        Assert.False(ran);
    }
}
