using LiveSales.GrainInterfaces;
using LiveSales.Runtime;

namespace LiveSales.Api.Auth;

[GrainType(TypeName)]
public sealed class SessionGrain([PersistentState("state")] IPersistentState<SessionState> state, TimeProvider clock) : Grain, ISessionGrain
{
    public const string TypeName = "session";
    private const string ExpireReminder = "expire";

    private string Id => GetPrimaryKeyString();

    public async Task<SessionView> StartAsync(SessionStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (state.State.Session is not null)
        {
            throw DomainException.Conflict("This session exists already.");
        }

        var now = clock.GetUtcNow();
        var session = new SessionView
        {
            Id = Id,
            Kind = start.Kind,
            UserId = start.UserId,
            Name = start.Name,
            TeamId = start.TeamId,
            CreatedAt = now,
            ExpiresAt = start.ExpiresAt,
        };
        state.State.Session = session;
        if (start.Kind == SessionKind.Wallboard)
        {
            RaiseEvent(new WallboardTokenCreated(Id, start.Name ?? "", start.TeamId, start.UserId, now));
        }

        await WriteAsync(() => state.WriteStateAsync());
        if (session.ExpiresAt is { } expiresAt)
        {
            await RegisterOrUpdateReminder(ExpireReminder, Max(expiresAt - now, TimeSpan.Zero), null);
        }

        return session;
    }

    public Task<SessionView?> FindAsync() => Task.FromResult(state.State.Session);

    public async Task<SessionView> RevokeAsync(string byUserId)
    {
        var session = state.State.Session ?? throw DomainException.NotFound("Token", Id);
        if (session.RevokedAt is not null)
        {
            return session;
        }

        var now = clock.GetUtcNow();
        state.State.Session = session with { RevokedAt = now, RevokedBy = byUserId };
        RaiseEvent(new SessionRevoked(Id, session.Kind, session.UserId, byUserId, now));
        await WriteAsync(() => state.WriteStateAsync());
        return state.State.Session;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Idempotent: a repeated or early tick finds nothing to do (or re-arms for the real expiry).
        var session = state.State.Session;
        var now = clock.GetUtcNow();
        if (reminderName != ExpireReminder || session?.ExpiresAt is not { } expiresAt)
        {
            return;
        }

        if (now < expiresAt)
        {
            await RegisterOrUpdateReminder(ExpireReminder, expiresAt - now, null);
            return;
        }

        if (session.RevokedAt is null)
        {
            RaiseEvent(new SessionRevoked(Id, session.Kind, session.UserId, "system", now));
        }

        state.State.Session = null;
        await WriteAsync(() => state.ClearStateAsync());
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task WriteAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            // The in-memory state is ahead of storage: start again from what was stored.
            DeactivateOnIdle();
            throw;
        }
    }
}
