using System.Globalization;
using System.Text.Json;
using LiveSales.Grains.Common;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// The same lists as a user sees them: GraphQL over HTTP on the silo executable started on the seeded
/// database, each rep signed in through <c>login</c> and sending its bearer token on kept-alive
/// connections. A rep's <c>customers</c> (first page, and a page after the cursor of a key in the second
/// half) and a pool's <c>pool(id) { customers }</c> (first and deep), against <c>{ __typename }</c> over the
/// same connections and token (HTTP, authentication and the GraphQL pipeline, no data) and <c>me</c>
/// (one grain call). Every page is checked: its ids in key order from the expected one, the owner
/// (the rep; none in a pool), <c>hasNextPage</c> and <c>endCursor</c>; an error answer counts as wrong.
/// </summary>
public static class GraphQLListPart
{
    private const string RepPageQuery =
        "query RepCustomers($after: String) { customers(first: 50, after: $after) { nodes { id name owner { id } returnsToPoolAt } pageInfo { hasNextPage endCursor } } }";

    private const string PoolPageQuery =
        "query PoolCustomers($id: ID!, $after: String) { pool(id: $id) { id customers(first: 50, after: $after) { nodes { id name inPool owner { id } } pageInfo { hasNextPage endCursor } } } }";

    private const string ReturningNextQuery =
        "query ReturningNext($owner: ID) { returningNext(ownerId: $owner, first: 50) { nodes { id owner { id } returnsToPoolAt } pageInfo { hasNextPage } } }";

    private static readonly Dictionary<string, object?> s_noVariables = [];

    public static async Task<bool> RunAsync(SeededDatabase seeded, int requests, int workers, bool smoke)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        var population = seeded.Population;
        var organisation = population.Organisation;
        var reps = ListLatencyPart.SampleReps(organisation);
        var repKeys = reps.ToDictionary(r => r, population.KeysOf);
        var poolKeys = organisation.Pools.ToDictionary(p => p.Id, p => population.PooledKeysOf(p.Id));

        await using var silo = SiloProcess.Start(seeded.Database.ConnectionString);
        var healthy = await silo.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        using var api = new ApiClient(silo.BaseAddress, workers);
        var tokens = new Dictionary<ScaleRep, string>();
        await Parallel.ForEachAsync(reps, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (rep, _) =>
        {
            var (email, password) = ScaleOrganisation.CredentialsOf(rep.Id);
            var token = await api.LoginAsync(email, password);
            lock (tokens)
            {
                tokens[rep] = token;
            }
        });

        var kinds = new (string Name, Func<Random, Task<bool>> Request)[]
        {
            ("baseline: { __typename } as a rep", async r =>
                (await api.QueryAsync("{ __typename }", s_noVariables, tokens[reps[r.Next(reps.Count)]])).GetProperty("__typename").GetString() == "Query"),
            ("me { id }", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                return (await api.QueryAsync("{ me { id } }", s_noVariables, tokens[rep])).GetProperty("me").GetProperty("id").GetString() == rep.Id;
            }),
            ("customers(first: 50), first page", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                var data = await api.QueryAsync(RepPageQuery, new Dictionary<string, object?> { ["after"] = null }, tokens[rep]);
                return IsPage(data.GetProperty("customers"), repKeys[rep], 0, rep.Id);
            }),
            ("customers(first: 50, after: deep cursor)", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                var keys = repKeys[rep];
                var after = ListLatencyPart.Deep(r, keys.Count);
                var data = await api.QueryAsync(RepPageQuery, new Dictionary<string, object?> { ["after"] = Paging.Encode(keys[after]) }, tokens[rep]);
                return IsPage(data.GetProperty("customers"), keys, after + 1, rep.Id);
            }),
            ("pool(id) { customers(first: 50) }, first", async r =>
            {
                var (rep, pool) = (reps[r.Next(reps.Count)], organisation.Pools[r.Next(organisation.Pools.Count)]);
                var data = await api.QueryAsync(PoolPageQuery, new Dictionary<string, object?> { ["id"] = pool.Id, ["after"] = null }, tokens[rep]);
                return IsPage(data.GetProperty("pool").GetProperty("customers"), poolKeys[pool.Id], 0, ownerId: null);
            }),
            ("pool { customers(first: 50, after: deep) }", async r =>
            {
                var (rep, pool) = (reps[r.Next(reps.Count)], organisation.Pools[r.Next(organisation.Pools.Count)]);
                var keys = poolKeys[pool.Id];
                var after = ListLatencyPart.Deep(r, keys.Count);
                var data = await api.QueryAsync(PoolPageQuery, new Dictionary<string, object?> { ["id"] = pool.Id, ["after"] = Paging.Encode(keys[after]) }, tokens[rep]);
                return IsPage(data.GetProperty("pool").GetProperty("customers"), keys, after + 1, ownerId: null);
            }),
            ("returningNext(first: 50)", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                var data = await api.QueryAsync(ReturningNextQuery, new Dictionary<string, object?> { ["owner"] = rep.Id }, tokens[rep]);
                return IsSoonestFirst(data.GetProperty("returningNext"), repKeys[rep].Count, rep.Id);
            }),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  silo executable healthy in {healthy.TotalMilliseconds:N0} ms; {reps.Count} reps signed in; {requests:N0} requests per kind with {workers} concurrent (and a quarter as many alone), POST /graphql, pages of {ListLatencyPart.PageSize}; times in ms"));
        var errors = new ErrorAnswers();
        var passed = await LatencyTable.RunAsync([.. kinds.Select(k => (k.Name, errors.Wrap(k.Request)))], requests, workers, smoke);
        errors.Print();
        Report.Line("silo working set after the lists", silo.WorkingSet / 1048576.0, "MiB");
        return passed;
    }

    // The page of the connection holds the keys from `from` on, in order, each owned by `ownerId`
    // (null: unowned and in the pool), and its pageInfo says whether more follow and where it ends.
    private static bool IsPage(JsonElement connection, IReadOnlyList<string> keys, int from, string? ownerId)
    {
        var expected = keys.Skip(from).Take(ListLatencyPart.PageSize).ToList();
        var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
        var info = connection.GetProperty("pageInfo");
        return nodes.Select(n => n.GetProperty("id").GetString()).SequenceEqual(expected)
            && nodes.All(n => ownerId is null
                ? n.GetProperty("owner").ValueKind == JsonValueKind.Null && n.GetProperty("inPool").GetBoolean()
                : n.GetProperty("owner").GetProperty("id").GetString() == ownerId)
            && info.GetProperty("hasNextPage").GetBoolean() == (from + expected.Count < keys.Count)
            && info.GetProperty("endCursor").GetString() == (expected.Count == 0 ? null : Paging.Encode(expected[^1]));
    }

    // What returns next: a full page (or all the rep holds) of the rep's customers, soonest first.
    private static bool IsSoonestFirst(JsonElement connection, int held, string ownerId)
    {
        var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
        var times = nodes.Select(n => n.GetProperty("returnsToPoolAt").GetDateTimeOffset()).ToList();
        return nodes.Count == Math.Min(ListLatencyPart.PageSize, held)
            && nodes.All(n => n.GetProperty("owner").GetProperty("id").GetString() == ownerId)
            && times.Zip(times.Skip(1)).All(pair => pair.First <= pair.Second);
    }
}
