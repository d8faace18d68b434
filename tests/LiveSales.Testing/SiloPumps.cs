using LiveSales.Runtime.Core;
using LiveSales.Runtime.Events;
using LiveSales.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LiveSales.Testing;

/// <summary>
/// The pumps of <see cref="TestCluster"/> for a silo hosted another way (a WebApplicationFactory of
/// the real silo): deliver the reminders due at the fake clock's time, and wait until the event feed
/// has handed every committed event to the silo's observers. Tests await these instead of sleeping.
/// </summary>
public static class SiloPumps
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>Polls until no reminder due now is left (ticks that arm another due tick are delivered too); returns how many.</summary>
    public static async Task<int> DeliverDueRemindersAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var reminders = services.GetRequiredService<ReminderService>();
        using var timeout = new CancellationTokenSource(s_timeout);
        var total = 0;
        while (true)
        {
            var delivered = await reminders.DeliverDueAsync().WaitAsync(timeout.Token);
            if (delivered == 0)
            {
                return total;
            }

            total += delivered;
        }
    }

    /// <summary>Waits until the silo's feed has delivered every event committed so far and dropped the copies it found stale.</summary>
    public static async Task WaitForEventFeedAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var head = await EventLog.ReadHeadAsync(services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
        await services.GetRequiredService<EventFeed>().WaitForAsync(head).WaitAsync(s_timeout);
        await services.GetRequiredService<GrainRuntime>().WhenLeavingActivationsGoneAsync().WaitAsync(s_timeout);
    }
}
