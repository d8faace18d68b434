using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Assignment;

/// <summary>
/// The organisation's assignment rules and round-robin cursors. Gathers each matching rule's reps
/// (named users, or the reps of a team) with their current load, lets <see cref="AssignmentEngine"/>
/// decide, and saves the cursors it moved.
/// </summary>
[GrainType(GrainTypes.Assignment)]
public sealed class AssignmentGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<AssignmentState> state,
    TimeProvider clock,
    DirectoryQueries directory,
    CustomerQueries customers,
    LeadQueries leads)
    : StatefulGrain<AssignmentState>(state, clock), IAssignmentGrain
{
    public async Task<AssignmentConfig> SetConfigAsync(Actor actor, AssignmentConfig config)
    {
        if (!actor.IsSystem && !VisibilityPolicy.CanConfigure(actor))
        {
            throw DomainException.Forbidden("Only admins change the assignment rules.");
        }

        config = AssignmentConfigValidator.Validate(config);
        await EnsureReferencesExistAsync(config);
        State.Config = config;
        State.Cursors = State.Cursors.Where(c => config.Rules.Any(r => r.Id == c.Key)).ToDictionary();
        RaiseEvent(new AssignmentConfigChanged(config.Rules.Count, actor.UserId, Now));
        await WriteAsync();
        return State.Config;
    }

    public Task<AssignmentConfig> GetConfigAsync() => Task.FromResult(State.Config);

    public async Task<AssignmentDecision> DecideAsync(AssignmentSubject subject, IReadOnlyList<string> excludeUserIds) =>
        (await DecideAllAsync([subject], excludeUserIds))[0];

    public async Task<IReadOnlyList<AssignmentDecision>> DecideManyAsync(IReadOnlyList<AssignmentSubject> subjects) =>
        await DecideAllAsync(subjects, []);

    private async Task<IReadOnlyList<AssignmentDecision>> DecideAllAsync(IReadOnlyList<AssignmentSubject> subjects, IReadOnlyList<string> excluded)
    {
        var config = State.Config;
        var candidates = new Dictionary<(string RuleId, AssignmentSubjectKind Kind), List<Candidate>>();
        var decisions = new List<AssignmentDecision>(subjects.Count);
        var cursorsMoved = false;
        foreach (var subject in subjects)
        {
            foreach (var rule in config.Rules.Where(r => (r.UserIds.Count > 0 || r.TeamId is not null) && AssignmentEngine.Matches(r, subject)))
            {
                if (!candidates.ContainsKey((rule.Id, subject.Kind)))
                {
                    candidates[(rule.Id, subject.Kind)] = await CandidatesAsync(rule, subject.Kind);
                }
            }

            var outcome = AssignmentEngine.Decide(config, subject, r => candidates[(r.Id, subject.Kind)], State.Cursors, excluded);
            decisions.Add(outcome.Decision);
            if (outcome.CursorRuleId is { } ruleId && outcome.CursorUserId is { } userId)
            {
                State.Cursors[ruleId] = userId;
                cursorsMoved = true;

                // Later decisions of the same batch see the load this one added.
                foreach (var list in candidates.Where(c => c.Key.Kind == subject.Kind).Select(c => c.Value))
                {
                    var index = list.FindIndex(c => c.UserId == userId);
                    if (index >= 0)
                    {
                        list[index] = list[index] with { Load = list[index].Load + 1 };
                    }
                }
            }
        }

        if (cursorsMoved)
        {
            await WriteAsync();
        }

        return decisions;
    }

    private async Task<List<Candidate>> CandidatesAsync(AssignmentRule rule, AssignmentSubjectKind kind)
    {
        var users = new List<UserView>();
        foreach (var userId in rule.UserIds)
        {
            if (await GrainFactory.GetGrain<IUserGrain>(userId).FindAsync() is { } user)
            {
                users.Add(user);
            }
        }

        if (rule.TeamId is { } teamId)
        {
            users.AddRange((await directory.TeamMembersAsync(teamId)).Where(u => u.Role == Role.Rep && users.All(known => known.Id != u.Id)));
        }

        var needLoads = rule.Strategy != AssignmentStrategy.RoundRobin || users.Any(u => u.Capacity is not null);
        var ids = users.Select(u => u.Id).ToList();
        var loads = !needLoads || ids.Count == 0
            ? new Dictionary<string, int>()
            : kind == AssignmentSubjectKind.Customer ? await customers.CountOwnedAsync(ids) : await leads.CountOpenOwnedAsync(ids);
        return users.Select(u => new Candidate(u.Id, u.Name, u.Role, u.TeamId, u.Active, u.Away, u.Capacity, loads.GetValueOrDefault(u.Id))).ToList();
    }

    private async Task EnsureReferencesExistAsync(AssignmentConfig config)
    {
        foreach (var poolId in config.Rules.Select(r => r.PoolId).Append(config.FallbackPoolId).OfType<string>().Distinct())
        {
            _ = await GrainFactory.GetGrain<IPoolGrain>(poolId).FindAsync() ?? throw DomainException.NotFound("Pool", poolId);
        }

        foreach (var teamId in config.Rules.Select(r => r.TeamId).OfType<string>().Distinct())
        {
            _ = await GrainFactory.GetGrain<ITeamGrain>(teamId).FindAsync() ?? throw DomainException.NotFound("Team", teamId);
        }

        foreach (var userId in config.Rules.SelectMany(r => r.UserIds).Distinct())
        {
            _ = await GrainFactory.GetGrain<IUserGrain>(userId).FindAsync() ?? throw DomainException.NotFound("User", userId);
        }
    }
}
