using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Pools;

/// <summary>
/// A pool's name, rules and teams. After a rules change it re-clocks its owned customers in
/// batches driven by its own reminder, so the change reaches every clock without a global scan
/// and survives a restart half-way.
/// </summary>
[GrainType(GrainTypes.Pool)]
public sealed class PoolGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<PoolState> state,
    TimeProvider clock,
    CustomerQueries customers)
    : StatefulGrain<PoolState>(state, clock), IPoolGrain
{
    public const string SweepReminder = "sweep";
    public const int SweepBatch = 500;
    private const int SweepParallelism = 32;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Id == PoolIds.Default && !Exists)
        {
            State.Id = Id;
            State.Name = PoolIds.DefaultName;
            State.CreatedAt = Now;
            RaiseEvent(new PoolConfigChanged(Id, State.Name, State.RulesVersion, "CREATED", Now));
            await WriteAsync();
        }
    }

    public async Task<PoolView> CreateAsync(Actor actor, CreatePoolInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Configurer(actor);
        if (Exists)
        {
            throw DomainException.Conflict($"Pool '{Id}' exists already.");
        }

        var name = Text.Required(input.Name, "name");
        var rules = PoolRulesValidator.Validate(input.Rules ?? PoolRules.Default);
        var teams = await TeamsAsync(input.TeamIds ?? []);
        State.Id = Id;
        State.Name = name;
        State.Rules = rules;
        State.TeamIds = teams;
        State.CreatedAt = Now;
        RaiseEvent(new PoolConfigChanged(Id, name, State.RulesVersion, "CREATED", Now));
        await WriteAsync();
        return State.ToView();
    }

    public async Task<PoolView> UpdateRulesAsync(Actor actor, PoolRules rules)
    {
        Configurer(actor);
        Existing();
        State.Rules = PoolRulesValidator.Validate(rules);
        State.RulesVersion++;
        State.SweepAfter = "";
        RaiseEvent(new PoolConfigChanged(Id, State.Name, State.RulesVersion, "RULES", Now));

        // Registered first: if the write fails the sweep finds the old version and changes nothing.
        await RegisterOneShotAsync(SweepReminder, Now);
        await WriteAsync();
        return State.ToView();
    }

    public async Task<PoolView> SetTeamsAsync(Actor actor, IReadOnlyList<string> teamIds)
    {
        Configurer(actor);
        Existing();
        State.TeamIds = await TeamsAsync(teamIds);
        RaiseEvent(new PoolConfigChanged(Id, State.Name, State.RulesVersion, "TEAMS", Now));
        await WriteAsync();
        return State.ToView();
    }

    public Task<PoolView> GetAsync(Actor actor)
    {
        var view = Existing();
        return VisibilityPolicy.CanSeePool(actor, view) ? Task.FromResult(view) : throw DomainException.Forbidden($"You are not a member of pool '{view.Name}'.");
    }

    public Task<PoolView?> FindAsync() => Task.FromResult(Exists ? State.ToView() : null);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != SweepReminder || !Exists || State.SweepAfter is not { } after)
        {
            return;
        }

        var ids = await customers.OwnedInPoolAsync(Id, after, SweepBatch);
        await Parallel.ForEachAsync(
            ids,
            new ParallelOptions { MaxDegreeOfParallelism = SweepParallelism },
            async (id, _) => await GrainFactory.GetGrain<ICustomerGrain>(id).RefreshClockAsync());

        State.SweepAfter = ids.Count < SweepBatch ? null : ids[^1];
        if (State.SweepAfter is not null)
        {
            await RegisterOneShotAsync(SweepReminder, Now);
        }

        await WriteAsync();
    }

    private static void Configurer(Actor actor)
    {
        if (!actor.IsSystem && !VisibilityPolicy.CanConfigure(actor))
        {
            throw DomainException.Forbidden("Only admins create and change pools.");
        }
    }

    private PoolView Existing() => Exists ? State.ToView() : throw DomainException.NotFound("Pool", Id);

    private async Task<List<string>> TeamsAsync(IReadOnlyList<string> teamIds)
    {
        var distinct = teamIds.Select(t => Text.Id(t, "teamId")!).Distinct().ToList();
        foreach (var teamId in distinct)
        {
            if (await GrainFactory.GetGrain<ITeamGrain>(teamId).FindAsync() is null)
            {
                throw DomainException.NotFound("Team", teamId);
            }
        }

        return distinct;
    }
}
