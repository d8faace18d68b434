using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains;
using LiveSales.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Proves the seed writes what the grain writes: on a fake clock, twins of each kind of seeded
/// customer are made through <see cref="ICustomerGrain"/> (an owned one, an unowned one, and one
/// created 30 days before its return and warned at T-3d and T-1d), and their stored state, reminder
/// and events must equal, row for row, what <see cref="CustomerRows"/> builds for the same input.
/// </summary>
public static class SeedTwinCheck
{
    public static async Task<bool> RunAsync()
    {
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var options = new TestClusterOptions
        {
            Time = new FakeTimeProvider(start),
            ConfigureServices = services =>
            {
                services.AddSalesGrains();
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
            },

            // Ticks are delivered by the check, at the times it sets.
            ConfigureRuntime = runtime => runtime.ReminderPollInterval = TimeSpan.FromDays(1),
        };
        options.GrainAssemblies.Add(SalesGrainsServiceCollectionExtensions.Assembly);
        await using var cluster = await TestCluster.StartAsync(options);
        var organisation = await ScaleOrganisation.CreateAsync(cluster.GrainFactory, reps: 10, pools: 2);
        var time = cluster.Time;

        time.SetUtcNow(start.AddHours(1));
        var warned = new CustomerSpec(Ids.New(time), 1, organisation.Reps[3], organisation.Pools[1], time.GetUtcNow());
        await CreateAsync(cluster, warned);
        var returnsAt = warned.CreatedAt.AddDays(30);

        time.SetUtcNow(start.AddDays(10));
        await cluster.DeliverDueRemindersAsync();
        var owned = new CustomerSpec(Ids.New(time), 2, organisation.Reps[7], organisation.Pools[0], time.GetUtcNow());
        var pooled = new CustomerSpec(Ids.New(time), 3, null, organisation.Pools[1], time.GetUtcNow());
        await CreateAsync(cluster, owned);
        await CreateAsync(cluster, pooled);

        foreach (var at in new[] { returnsAt.AddDays(-3), returnsAt.AddDays(-1), returnsAt.AddHours(-12) })
        {
            time.SetUtcNow(at);
            await cluster.DeliverDueRemindersAsync();
        }

        var passed = true;
        await using var db = cluster.Database.CreateDataSource();
        foreach (var (what, spec) in new[] { ("owned", owned), ("unowned in a pool", pooled), ("warned twice, returning", warned) })
        {
            var differences = await StoredRows.DifferencesAsync(db, CustomerRows.Build(spec, time.GetUtcNow()));
            Console.WriteLine($"  seed rows = grain rows, {what} customer: {(differences.Count == 0 ? "yes" : "NO")}");
            differences.ForEach(d => Console.WriteLine("    " + d));
            passed &= differences.Count == 0;
        }

        return passed;
    }

    private static Task<CustomerView> CreateAsync(TestCluster cluster, CustomerSpec spec) =>
        cluster.GrainFactory.GetGrain<ICustomerGrain>(spec.Id).CreateAsync(Actor.System, spec.Input);
}
