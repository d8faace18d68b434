using LiveSales.Api.Tests.Infrastructure;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Api.Tests.Customers;

/// <summary>
/// 50 reps claim one customer at the same moment through the API, half of them on a second silo
/// (where the loser's write fails the version check and the mutation retries): exactly one wins.
/// </summary>
public sealed class ParallelClaimTests : IAsyncLifetime
{
    private const int Reps = 50;
    private const int Rounds = 100;
    private const string PoolId = "race";

    private ApiHost _first = null!;
    private ApiHost _second = null!;
    private TestOrg _org = null!;
    private readonly List<(string Id, string Token)> _reps = [];

    public async Task InitializeAsync()
    {
        _first = await ApiHost.StartAsync();
        _org = await TestOrg.CreateAsync(_first);
        _second = _first.StartSecondSilo();
        var rules = PoolRules.Default with { ClaimLimitPerDay = null, FormerOwnerCooldown = null };
        await _org.Grains.GetGrain<IPoolGrain>(PoolId).CreateAsync(Actor.System, new CreatePoolInput { Name = "Race", Rules = rules });
        for (var i = 0; i < Reps; i++)
        {
            var id = $"racer-{i:00}";
            await _org.Grains.GetGrain<IUserGrain>(id).CreateAsync(Actor.System, new CreateUserInput { Email = TestOrg.Email(id), Password = "pw-" + id, Name = id, TeamId = TestOrg.TeamA });
            _reps.Add((id, await _first.TokenAsync(TestOrg.Email(id), "pw-" + id)));
        }
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Fifty_parallel_claims_of_one_customer_have_exactly_one_winner_a_hundred_times_over()
    {
        var clients = new[] { _first.GraphQL, _second.GraphQL };
        for (var round = 0; round < Rounds; round++)
        {
            var customerId = $"contested-{round:000}";
            await _org.Grains.GetGrain<ICustomerGrain>(customerId).CreateAsync(Actor.System, new CreateCustomerInput { Name = customerId, PoolId = PoolId });

            var responses = await Task.WhenAll(_reps.Select((rep, i) =>
                clients[i % 2].SendAsync("mutation($id: ID!) { claimCustomer(id: $id) { owner { id } } }", new { id = customerId }, rep.Token)));

            var winners = responses.Where(r => r.Errors.Count == 0).Select(r => r.Data.Text("claimCustomer", "owner", "id")).ToList();
            var winner = Assert.Single(winners);
            Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("ALREADY_OWNED", r.ErrorCode));
            var stored = await _org.Grains.GetGrain<ICustomerGrain>(customerId).GetAsync(Actor.System);
            Assert.Equal(winner, stored.OwnerId);
            Assert.False(stored.InPool);
            Assert.Equal(OwnershipChangeKind.Claimed, Assert.Single(stored.History).Kind);
        }
    }
}
