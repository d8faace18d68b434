using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Queries;
using LiveSales.Runtime;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Demo;

/// <summary>
/// Keeps the demo's fast lane moving: every few seconds a rep claims a customer waiting there (it
/// will be warned about after one minute and returned after two unless someone follows up), and now
/// and then a rep follows up on one it holds, which moves its clock.
/// </summary>
public sealed partial class DemoActivity(IGrainFactory grains, CustomerQueries customers, TimeProvider clock, ILogger<DemoActivity> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(20);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        LogStarted(log, Interval.TotalSeconds);
        for (var tick = 0; !cancellationToken.IsCancellationRequested; tick++)
        {
            await Task.Delay(Interval, clock, cancellationToken).ConfigureAwait(false);
            try
            {
                await StepAsync(tick).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogStepFailed(log, e);
            }
        }
    }

    public async Task StepAsync(int tick)
    {
        var pool = await grains.GetGrain<IPoolGrain>(DemoOrg.FastPoolId).FindAsync().ConfigureAwait(false);
        if (pool is null)
        {
            return;
        }

        if (tick % 3 == 2 && await FollowUpOneAsync().ConfigureAwait(false))
        {
            return;
        }

        var waiting = await customers.PoolPageAsync(Actor.System, pool, 10, null).ConfigureAwait(false);
        if (waiting.Items.Count == 0)
        {
            return;
        }

        var customer = waiting.Items[tick % waiting.Items.Count];
        for (var attempt = 0; attempt < DemoOrg.Reps.Count; attempt++)
        {
            var rep = DemoOrg.Reps[(tick + attempt) % DemoOrg.Reps.Count];
            try
            {
                var claimed = await grains.GetGrain<ICustomerGrain>(customer.Id).ClaimAsync(rep.Actor).ConfigureAwait(false);
                LogClaimed(log, rep.Name, claimed.Name, claimed.ReturnsToPoolAt);
                return;
            }
            catch (DomainException e) when (e.Code is ErrorCode.Cooldown or ErrorCode.ClaimLimitReached or ErrorCode.HoldingLimitReached)
            {
                // A former owner still cooling down: the next rep tries.
            }
        }
    }

    private async Task<bool> FollowUpOneAsync()
    {
        var soonest = await customers.ReturningNextAsync(Actor.System, null, null, 20, null).ConfigureAwait(false);
        var customer = soonest.Items.FirstOrDefault(c => c.PoolId == DemoOrg.FastPoolId && c.OwnerId is not null);
        var owner = customer is null ? null : DemoOrg.Reps.FirstOrDefault(r => r.Id == customer.OwnerId);
        if (customer is null || owner is null)
        {
            return false;
        }

        await grains.GetGrain<IFollowUpGrain>(Ids.New(clock)).LogAsync(owner.Actor, new LogFollowUpInput
        {
            CustomerId = customer.Id,
            Channel = Channel.Call,
            Summary = "Quick check-in call (demo).",
        }).ConfigureAwait(false);
        LogFollowedUp(log, owner.Name, customer.Name);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo activity: every {Seconds} s a rep claims from the fast lane or follows up; watch the alerts and pool changes.")]
    private static partial void LogStarted(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Rep} claimed {Customer} from the fast lane; it returns at {ReturnsAt:u} unless someone follows up.")]
    private static partial void LogClaimed(ILogger logger, string rep, string customer, DateTimeOffset? returnsAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Rep} followed up with {Customer}; its return clock starts again.")]
    private static partial void LogFollowedUp(ILogger logger, string rep, string customer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo activity step failed.")]
    private static partial void LogStepFailed(ILogger logger, Exception exception);
}
