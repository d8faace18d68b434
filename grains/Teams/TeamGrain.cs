using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Teams;

/// <summary>A team's name and manager. Its members are read from the users (one source of truth: the user's team).</summary>
[GrainType(GrainTypes.Team)]
public sealed class TeamGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<TeamState> state,
    TimeProvider clock,
    DirectoryQueries directory)
    : StatefulGrain<TeamState>(state, clock), ITeamGrain
{
    public async Task<TeamView> CreateAsync(Actor actor, CreateTeamInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsSystem && !VisibilityPolicy.CanConfigure(actor))
        {
            throw DomainException.Forbidden("Only admins create teams.");
        }

        if (Exists)
        {
            throw DomainException.Conflict($"Team '{Id}' exists already.");
        }

        var name = Text.Required(input.Name, "name");
        var manager = input.ManagerId is { } managerId ? await ManagerAsync(managerId) : null;
        State.Id = Id;
        State.Name = name;
        State.ManagerId = manager?.Id;
        State.CreatedAt = Now;
        RaiseEvent(new TeamChanged(Id, name, State.ManagerId, "CREATED", Now));
        await WriteAsync();
        if (manager is not null)
        {
            await GrainFactory.GetGrain<IUserGrain>(manager.Id).JoinTeamAsync(Id);
        }

        return await ViewAsync();
    }

    public async Task<TeamView> SetManagerAsync(Actor actor, string managerId)
    {
        if (!actor.IsSystem && !VisibilityPolicy.CanConfigure(actor))
        {
            throw DomainException.Forbidden("Only admins change a team's manager.");
        }

        if (!Exists)
        {
            throw DomainException.NotFound("Team", Id);
        }

        var manager = await ManagerAsync(managerId);
        State.ManagerId = manager.Id;
        RaiseEvent(new TeamChanged(Id, State.Name, State.ManagerId, "MANAGER", Now));
        await WriteAsync();
        await GrainFactory.GetGrain<IUserGrain>(manager.Id).JoinTeamAsync(Id);
        return await ViewAsync();
    }

    public async Task<TeamView?> FindAsync() => Exists ? await ViewAsync() : null;

    private async Task<UserView> ManagerAsync(string managerId)
    {
        var manager = await GrainFactory.GetGrain<IUserGrain>(Text.Id(managerId, "managerId")!).FindAsync()
            ?? throw DomainException.NotFound("User", managerId);
        return manager.Role is Role.Manager or Role.Admin && manager.Active
            ? manager
            : throw DomainException.BadInput($"{manager.Name} is not an active manager.");
    }

    private async Task<TeamView> ViewAsync() => new()
    {
        Id = Id,
        Name = State.Name,
        ManagerId = State.ManagerId,
        MemberIds = await directory.TeamMemberIdsAsync(Id),
        CreatedAt = State.CreatedAt,
    };
}
