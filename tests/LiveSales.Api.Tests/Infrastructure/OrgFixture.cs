using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;

namespace LiveSales.Api.Tests.Infrastructure;

/// <summary>
/// One silo with the <see cref="TestOrg"/> and five seeded customers, shared by the tests of a class:
/// seed-a1, seed-a2, seed-b1 (owned by those reps), seed-pool-a (unowned in pool-a) and
/// seed-default (unowned in the default pool). Tests that change things make their own records.
/// </summary>
public sealed class OrgFixture : IAsyncLifetime
{
    public static readonly string[] Seeded = ["seed-a1", "seed-a2", "seed-b1", "seed-pool-a", "seed-default"];

    public ApiHost Host { get; private set; } = null!;

    public TestOrg Org { get; private set; } = null!;

    public GraphQLClient GraphQL => Host.GraphQL;

    /// <summary>A wallboard token for team A, made by its manager.</summary>
    public string Wallboard { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await ApiHost.StartAsync();
        Org = await TestOrg.CreateAsync(Host);
        await OwnedAsync("seed-a1", "rep-a1");
        await OwnedAsync("seed-a2", "rep-a2");
        await OwnedAsync("seed-b1", "rep-b1");
        await PooledAsync("seed-pool-a", TestOrg.PoolA);
        await PooledAsync("seed-default", PoolIds.Default);
        var wallboard = await GraphQL.DataAsync("mutation { createWallboardToken(input: {name: \"Office TV\"}) { token } }", token: Org.ManagerA);
        Wallboard = wallboard.Text("createWallboardToken", "token")!;

        // The seeding's own alerts (ASSIGNED for the seeded owners) are past before any test listens.
        await Host.WaitForEventFeedAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task<CustomerView> OwnedAsync(string id, string ownerId, string? poolId = null) =>
        Org.Grains.GetGrain<ICustomerGrain>(id).CreateAsync(Actor.System, new CreateCustomerInput { Name = "Customer " + id, OwnerId = ownerId, PoolId = poolId });

    public Task<CustomerView> PooledAsync(string id, string poolId) =>
        Org.Grains.GetGrain<ICustomerGrain>(id).CreateAsync(Actor.System, new CreateCustomerInput { Name = "Customer " + id, PoolId = poolId });

    /// <summary>Everything an admin can read, as text: a refused change must leave it exactly as it was.</summary>
    public async Task<string> SnapshotAsync() => (await GraphQL.SendAsync(
        "{ pools { id name rules { returnAfterNoFollowUp remindBefore claimLimitPerDay formerOwnerCooldown } } teams { id name manager { id } } " +
        "users(first: 500) { nodes { id email role active team { id } } } " +
        "customers(first: 500) { nodes { id name owner { id } inPool pool { id } history { kind } followUps { totalCount } opportunities { totalCount } } } " +
        "leads(first: 500) { totalCount nodes { id status owner { id } } } opportunities(first: 500) { totalCount } " +
        "poolA: pool(id: \"pool-a\") { customers { nodes { id } } } wallboardTokens { name revokedAt } assignmentRules { rules { id } } }",
        token: Org.Admin)).Body;

    /// <summary>A fresh id for a record one test makes.</summary>
    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];
}
