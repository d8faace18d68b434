using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.Runtime;
using Microsoft.Extensions.Options;

namespace LiveSales.Grains.Users;

/// <summary>
/// Gives a user's customers, leads and opportunities the user's current team after a move, in
/// batches driven by its own reminder and resumable after a crash (the pool's rules sweep, per user).
/// It is a grain of its own, not a turn of the user: records call the user (claims) and wait for
/// its turn, so a user turn that waited for records could deadlock. Here nobody waits for this
/// grain (<see cref="ITeamSweepGrain.StartAsync"/> interleaves) and it reads the user only through
/// the interleaving <see cref="IUserGrain.FindAsync"/>: calls go sweep → record → user and never back.
/// </summary>
[GrainType(GrainTypes.TeamSweep)]
public sealed class TeamSweepGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<TeamSweepState> state,
    TimeProvider clock,
    OwnedRecordQueries records,
    IOptions<TeamSweepOptions> options)
    : StatefulGrain<TeamSweepState>(state, clock), ITeamSweepGrain
{
    public const string Reminder = "team-sweep";

    public Task StartAsync() => RegisterOneShotAsync(Reminder, Now);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != Reminder || await GrainFactory.GetGrain<IUserGrain>(Id).FindAsync() is not { } user)
        {
            return;
        }

        // A move during a pass (or a pass for a change whose write failed) starts over for the team now held.
        if (user.TeamStamp != State.Stamp)
        {
            State.Stamp = user.TeamStamp;
            State.TeamId = user.TeamId;
            State.After = OwnedRecordKey.Start;
        }

        if (State.After is not { } after)
        {
            return;
        }

        var (size, teamId) = (options.Value.BatchSize, State.TeamId);
        var batch = await records.OwnedAfterAsync(Id, after, size);
        await Parallel.ForEachAsync(
            batch,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism },
            async (record, _) => await SetOwnerTeamAsync(record, teamId));

        State.After = batch.Count < size ? null : batch[^1];
        if (State.After is not null)
        {
            // Registered before the write: a write that fails repeats this batch (idempotent) instead of ending the pass.
            await RegisterOneShotAsync(Reminder, Now);
        }

        await WriteAsync();
    }

    private Task SetOwnerTeamAsync(OwnedRecordKey record, string? teamId) => record.Type switch
    {
        GrainTypes.Customer => GrainFactory.GetGrain<ICustomerGrain>(record.Key).SetOwnerTeamAsync(Id, teamId),
        GrainTypes.Lead => GrainFactory.GetGrain<ILeadGrain>(record.Key).SetOwnerTeamAsync(Id, teamId),
        GrainTypes.Opportunity => GrainFactory.GetGrain<IOpportunityGrain>(record.Key).SetOwnerTeamAsync(Id, teamId),
        _ => Task.CompletedTask,
    };
}
