using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Users;

/// <summary>A user, keyed by user id. Email uniqueness is kept by <see cref="IUserEmailGrain"/>.</summary>
public interface IUserGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>Admins create anyone; a manager creates reps in its own team. Duplicate email: CONFLICT.</summary>
    Task<UserView> CreateAsync(Actor actor, CreateUserInput input);

    /// <summary>The user if the actor may see it (FORBIDDEN / NOT_FOUND otherwise).</summary>
    Task<UserView> GetAsync(Actor actor);

    /// <summary>The user without a visibility check, or null: for other grains and for sign-in.</summary>
    [AlwaysInterleave]
    Task<UserView?> FindAsync();

    /// <summary>The user when the password matches and the user is active; otherwise null.</summary>
    Task<UserView?> VerifyPasswordAsync(string password);

    Task<UserView> ChangePasswordAsync(Actor actor, string newPassword);

    Task<UserView> SetActiveAsync(Actor actor, bool active);

    Task<UserView> SetAwayAsync(Actor actor, bool away);

    Task<UserView> SetCapacityAsync(Actor actor, int? capacity);

    /// <summary>Puts the user in a team (called by the team when it names its manager).</summary>
    Task JoinTeamAsync(string teamId);

    /// <summary>
    /// Admins move a rep or manager to another team (null: no team); the records the user owns take
    /// the new team in the background (<see cref="ITeamSweepGrain"/>). The same team changes nothing.
    /// FORBIDDEN (not an admin), NOT_FOUND (user or team), BAD_USER_INPUT (not a rep or manager),
    /// CONFLICT (the user manages its current team: appoint another manager first).
    /// </summary>
    Task<UserView> SetTeamAsync(Actor actor, string? teamId);

    /// <summary>
    /// Counts one claim of a record (a customer's id, or <c>lead:</c> and a lead's id) against the rep's
    /// daily limit and, when <paramref name="maxOwned"/> is set, its holding cap of customers; or throws
    /// CLAIM_LIMIT_REACHED / HOLDING_LIMIT_REACHED. Follow with <see cref="CompleteClaimAsync"/>.
    /// </summary>
    Task ReserveClaimAsync(string recordId, int? claimLimitPerDay, int? maxOwned);

    /// <summary>Ends a reservation; a failed claim gives its daily count back.</summary>
    Task CompleteClaimAsync(string recordId, bool succeeded);

    /// <summary>Customers and leads this rep claimed today (UTC day).</summary>
    [AlwaysInterleave]
    Task<int> GetClaimsTodayAsync();
}
