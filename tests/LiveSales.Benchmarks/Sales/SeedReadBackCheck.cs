using System.Text.Json;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.Grains.Common;
using LiveSales.Grains.Customers;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Reads a sample of seeded customers back through <see cref="ICustomerGrain"/> (as their rep, or a
/// rep of the pool) on a silo over the seeded database: each must read as the customer the seed
/// meant, with its clock reminder registered at the time its state says.
/// </summary>
public static class SeedReadBackCheck
{
    public static async Task<bool> RunAsync(SeededDatabase seeded, int sample)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        var population = seeded.Population;
        var numbers = population.EvenlyOwned(sample).Concat(Enumerable.Range(0, population.Total).Where(CustomerPopulation.IsPooled).Take(Math.Max(1, sample / 10))).ToList();
        using var silo = await SalesSilo.StartAsync(seeded.Database.ConnectionString, "read-back");
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var reminders = silo.Services.GetRequiredService<IGrainReminderRegistry>();
        var wrong = 0;
        foreach (var n in numbers)
        {
            var spec = population.Spec(n);
            var expected = CustomerRows.Build(spec, population.Anchor).State;
            var actor = ScaleOrganisation.ActorOf(spec.Owner ?? population.Organisation.Reps[0]);
            var view = await grains.GetGrain<ICustomerGrain>(spec.Id).GetAsync(actor);
            var reminder = await reminders.GetAsync(new GrainId(GrainTypes.Customer, spec.Id), CustomerGrain.ClockReminder);
            var sameView = Json(view) == Json(expected.ToView());
            var sameClock = reminder?.DueAt == expected.ClockDueAt && reminder?.Period is null && (spec.Owner is null) == (reminder is null);
            if (!sameView || !sameClock)
            {
                wrong++;
                Console.WriteLine($"    customer {spec.Id}: view {(sameView ? "ok" : "DIFFERS")}, clock reminder {reminder?.DueAt:u} vs state {expected.ClockDueAt:u}");
            }
        }

        await silo.StopAsync();
        Console.WriteLine($"  seeded customers read back through the grain (and their clock reminders): {numbers.Count - wrong} of {numbers.Count} as seeded");
        return wrong == 0;
    }

    private static string Json(CustomerView view) => JsonSerializer.Serialize(view, JsonSerializerOptions.Web);
}
