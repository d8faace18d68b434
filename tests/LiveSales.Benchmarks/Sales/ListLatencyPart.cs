using System.Globalization;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.Runtime;
using LiveSales.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// List latency at full size through the code the API calls (grains/Queries, as the rep): a rep's
/// customers (first page, a page after a random key in the second half), a pool's page (the pool
/// grain's check, then the page; first and deep) and what returns next, each against the runtime's
/// primary-key read of one customer's state row, measured in the same run with the same concurrency.
/// Every page is checked: the expected first key and a full page. The 20 ms goal is judged on the same
/// lists over GraphQL (<see cref="GraphQLListPart"/>), as users get them from the silo executable: this
/// part runs in the driver's process, whose heap holds the seed's keys and whose collector it shares.
/// </summary>
public static class ListLatencyPart
{
    internal const int PageSize = 50;

    public static async Task<bool> RunAsync(SeededDatabase seeded, int requests, int workers, bool smoke)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        var population = seeded.Population;
        var organisation = population.Organisation;
        var reps = SampleReps(organisation);
        var repKeys = reps.ToDictionary(r => r, population.KeysOf);
        var poolKeys = organisation.Pools.ToDictionary(p => p.Id, p => population.PooledKeysOf(p.Id));
        var allKeys = repKeys.Values.SelectMany(k => k).ToList();

        using var silo = await SalesSilo.StartAsync(seeded.Database.ConnectionString, "lists");
        var queries = silo.Services.GetRequiredService<CustomerQueries>();
        var storage = silo.Services.GetRequiredService<GrainStateStorage>();
        var grains = silo.Services.GetRequiredService<IGrainFactory>();

        var kinds = new (string Name, Func<Random, Task<bool>> Request)[]
        {
            ("baseline: one state row by primary key", async r =>
                (await storage.ReadAsync(new GrainId(GrainTypes.Customer, allKeys[r.Next(allKeys.Count)]), GrainTypes.StateName)).Json is not null),
            ("a rep's customers, first page", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                var page = await queries.ListAsync(ScaleOrganisation.ActorOf(rep), CustomerListFilter.None, PageSize, null);
                return IsPage(page.Items.Select(c => c.Id), repKeys[rep], 0);
            }),
            ("a rep's customers, page after a random key", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                var keys = repKeys[rep];
                var after = Deep(r, keys.Count);
                var page = await queries.ListAsync(ScaleOrganisation.ActorOf(rep), CustomerListFilter.None, PageSize, Paging.Encode(keys[after]));
                return IsPage(page.Items.Select(c => c.Id), keys, after + 1);
            }),
            ("a pool's page, first", async r =>
            {
                var (rep, pool) = (reps[r.Next(reps.Count)], organisation.Pools[r.Next(organisation.Pools.Count)]);
                var actor = ScaleOrganisation.ActorOf(rep);
                var view = await grains.GetGrain<IPoolGrain>(pool.Id).GetAsync(actor);
                var page = await queries.PoolPageAsync(actor, view, PageSize, null);
                return IsPage(page.Items.Select(c => c.Id), poolKeys[pool.Id], 0);
            }),
            ("a pool's page, after a random key", async r =>
            {
                var (rep, pool) = (reps[r.Next(reps.Count)], organisation.Pools[r.Next(organisation.Pools.Count)]);
                var actor = ScaleOrganisation.ActorOf(rep);
                var keys = poolKeys[pool.Id];
                var after = Deep(r, keys.Count);
                var view = await grains.GetGrain<IPoolGrain>(pool.Id).GetAsync(actor);
                var page = await queries.PoolPageAsync(actor, view, PageSize, Paging.Encode(keys[after]));
                return IsPage(page.Items.Select(c => c.Id), keys, after + 1);
            }),
            ("what returns next for a rep", async r =>
            {
                var rep = reps[r.Next(reps.Count)];
                var page = await queries.ReturningNextAsync(ScaleOrganisation.ActorOf(rep), rep.Id, null, PageSize, null);
                return page.Items.Count == Math.Min(PageSize, repKeys[rep].Count);
            }),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {population.Total:N0} customers ({population.Owned:N0} owned by {organisation.Reps.Count:N0} reps); {requests:N0} requests per kind with {workers} concurrent (and a quarter as many alone), pages of {PageSize}; times in ms"));
        var (collections, paused, gen0) = (GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var passed = await LatencyTable.RunAsync(kinds, requests, workers, smoke, judged: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  garbage collection in this process meanwhile: {GC.CollectionCount(0) - gen0} collections ({GC.CollectionCount(2) - collections} full), {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms paused in all"));
        await silo.StopAsync();
        return passed;
    }

    /// <summary>Up to 100 reps drawn at random (the same ones every run).</summary>
    internal static List<ScaleRep> SampleReps(ScaleOrganisation organisation)
    {
        var random = new Random(4);
        return [.. Enumerable.Range(0, Math.Min(100, organisation.Reps.Count)).Select(_ => organisation.Reps[random.Next(organisation.Reps.Count)]).Distinct()];
    }

    /// <summary>A key in the second half of the list, with a page's worth (or what is left) after it.</summary>
    internal static int Deep(Random random, int count) => Math.Min(count - 1, (count / 2) + random.Next(Math.Max(1, (count / 2) - PageSize)));

    private static bool IsPage(IEnumerable<string> ids, IReadOnlyList<string> keys, int from) =>
        ids.SequenceEqual(keys.Skip(from).Take(PageSize));
}
