using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Security;
using LiveSales.Runtime;
using Microsoft.AspNetCore.Identity;

namespace LiveSales.Grains.Users;

[GrainType(GrainTypes.User)]
public sealed class UserGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<UserState> state,
    TimeProvider clock,
    IPasswordHasher<UserState> hasher,
    CustomerQueries customers)
    : StatefulGrain<UserState>(state, clock), IUserGrain
{
    // Claims reserved but not yet stored by their customer: counted against the holding cap meanwhile.
    private readonly HashSet<string> _pendingClaims = [];

    public async Task<UserView> CreateAsync(Actor actor, CreateUserInput input)
    {
        if (Exists)
        {
            throw DomainException.Conflict($"User '{Id}' exists already.");
        }

        input = UserInputValidator.Validate(input);
        if (!actor.IsSystem && !VisibilityPolicy.CanCreateUser(actor, input.Role, input.TeamId))
        {
            throw DomainException.Forbidden("You may not create this user.");
        }

        if (input.TeamId is { } teamId && await GrainFactory.GetGrain<ITeamGrain>(teamId).FindAsync() is null)
        {
            throw DomainException.NotFound("Team", teamId);
        }

        await ReserveEmailAsync(input.Email);
        State.Id = Id;
        State.Email = input.Email;
        State.Name = input.Name;
        State.Role = input.Role;
        State.TeamId = input.TeamId;
        State.Region = input.Region;
        State.Industries = [.. input.Industries ?? []];
        State.Capacity = input.Capacity;
        State.CreatedAt = Now;
        State.PasswordHash = hasher.HashPassword(State, input.Password);
        Changed("CREATED");
        await WriteAsync();
        return State.ToView();
    }

    public Task<UserView> GetAsync(Actor actor)
    {
        if (!Exists)
        {
            throw DomainException.NotFound("User", Id);
        }

        var view = State.ToView();
        return VisibilityPolicy.CanSeeUser(actor, view) ? Task.FromResult(view) : throw DomainException.Forbidden("You may not see this user.");
    }

    public Task<UserView?> FindAsync() => Task.FromResult(Exists ? State.ToView() : null);

    public async Task<UserView?> VerifyPasswordAsync(string password)
    {
        if (!Exists || !State.Active || string.IsNullOrEmpty(password))
        {
            return null;
        }

        switch (hasher.VerifyHashedPassword(State, State.PasswordHash, password))
        {
            case PasswordVerificationResult.Success:
                return State.ToView();
            case PasswordVerificationResult.SuccessRehashNeeded:
                State.PasswordHash = hasher.HashPassword(State, password);
                await WriteAsync();
                return State.ToView();
            default:
                return null;
        }
    }

    public async Task<UserView> ChangePasswordAsync(Actor actor, string newPassword)
    {
        var view = Existing();
        if (actor.UserId != Id && !actor.IsAdmin)
        {
            throw DomainException.Forbidden("Only the user or an admin changes a password.");
        }

        UserInputValidator.Password(newPassword);
        State.PasswordHash = hasher.HashPassword(State, newPassword);
        await WriteAsync();
        return view;
    }

    public Task<UserView> SetActiveAsync(Actor actor, bool active) =>
        ChangeAsync(actor, manage: true, () => State.Active = active, active ? "ACTIVATED" : "DEACTIVATED");

    public Task<UserView> SetAwayAsync(Actor actor, bool away) =>
        ChangeAsync(actor, manage: actor.UserId != Id, () => State.Away = away, away ? "AWAY" : "BACK");

    public Task<UserView> SetCapacityAsync(Actor actor, int? capacity) =>
        ChangeAsync(actor, manage: true, () => State.Capacity = UserInputValidator.Capacity(capacity), "CAPACITY");

    public async Task JoinTeamAsync(string teamId)
    {
        Existing();
        if (State.TeamId != teamId)
        {
            await MoveAsync(teamId);
        }
    }

    public async Task<UserView> SetTeamAsync(Actor actor, string? teamId)
    {
        if (!actor.IsSystem && !VisibilityPolicy.CanConfigure(actor))
        {
            throw DomainException.Forbidden("Only admins move users between teams.");
        }

        var view = Existing();
        teamId = Text.Id(teamId, "teamId");
        if (view.Role is not (Role.Rep or Role.Manager))
        {
            throw DomainException.BadInput($"{view.Name} is {view.Role.ToString().ToUpperInvariant()}: only reps and managers are moved between teams.");
        }

        if (teamId is not null && await GrainFactory.GetGrain<ITeamGrain>(teamId).FindAsync() is null)
        {
            throw DomainException.NotFound("Team", teamId);
        }

        if (State.TeamId == teamId)
        {
            return view;
        }

        if (State.TeamId is { } current && await GrainFactory.GetGrain<ITeamGrain>(current).FindAsync() is { } team && team.ManagerId == Id)
        {
            throw DomainException.Conflict($"{view.Name} manages team '{team.Name}': appoint another manager first.");
        }

        await MoveAsync(teamId);
        return State.ToView();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == TeamSweepGrain.Reminder && Exists)
        {
            await GrainFactory.GetGrain<ITeamSweepGrain>(Id).StartAsync();
        }
    }

    public async Task ReserveClaimAsync(string recordId, int? claimLimitPerDay, int? maxOwned)
    {
        Existing();
        if (!State.Active)
        {
            throw DomainException.Forbidden("An inactive user cannot claim customers.");
        }

        var now = Now;
        if (State.Claims.Contains(recordId, now))
        {
            _pendingClaims.Add(recordId);
            return;
        }

        var held = maxOwned is null ? 0 : await customers.CountOwnedAsync(Id) + _pendingClaims.Count;
        ClaimLimits.Ensure(State.Claims.CountOn(now), claimLimitPerDay, held, maxOwned);
        State.Claims = State.Claims.Add(recordId, now);
        await WriteAsync();
        _pendingClaims.Add(recordId);
    }

    public async Task CompleteClaimAsync(string recordId, bool succeeded)
    {
        _pendingClaims.Remove(recordId);
        if (!succeeded && State.Claims.Contains(recordId, Now))
        {
            State.Claims = State.Claims.Remove(recordId, Now);
            await WriteAsync();
        }
    }

    public Task<int> GetClaimsTodayAsync() => Task.FromResult(State.Claims.CountOn(Now));

    private async Task ReserveEmailAsync(string email)
    {
        var emails = GrainFactory.GetGrain<IUserEmailGrain>(EmailAddress.Normalize(email));
        var holder = await emails.ReserveAsync(Id);
        if (holder == Id)
        {
            return;
        }

        // A holder that does not exist is a create that failed after reserving: take the email over.
        if (await GrainFactory.GetGrain<IUserGrain>(holder).FindAsync() is not null || !await emails.TakeOverAsync(Id, holder))
        {
            throw DomainException.Conflict($"A user with email '{email}' exists already.");
        }
    }

    private async Task<UserView> ChangeAsync(Actor actor, bool manage, Action change, string what)
    {
        var view = Existing();
        if (manage && !actor.IsSystem && !VisibilityPolicy.CanManageUser(actor, view))
        {
            throw DomainException.Forbidden("You may not change this user.");
        }

        change();
        Changed(what);
        await WriteAsync();
        return State.ToView();
    }

    /// <summary>
    /// Changes the team and hands the re-stamping of the user's records to its team sweep. The
    /// reminder is registered before the write, so a stored move always reaches the sweep; a tick
    /// after a failed write finds the sweep already current and changes nothing.
    /// </summary>
    private async Task MoveAsync(string? teamId)
    {
        State.TeamId = teamId;
        State.TeamStamp = Guid.CreateVersion7(Now).ToString("N");
        Changed("TEAM");
        await RegisterOneShotAsync(TeamSweepGrain.Reminder, Now);
        await WriteAsync();
    }

    private UserView Existing() => Exists ? State.ToView() : throw DomainException.NotFound("User", Id);

    private void Changed(string what) =>
        RaiseEvent(new UserChanged(Id, State.Name, State.Role, State.TeamId, State.Active, State.Away, what, Now));
}
