using LiveSales.GrainInterfaces.Security;

namespace LiveSales.Api.Live;

/// <summary>
/// Who is on the other end of a live connection (a hub connection, a GraphQL subscription) and how to
/// end it. The actor follows the user's changes (role, team); a deactivation or a revoked token
/// closes the connection.
/// </summary>
public sealed class LiveIdentity(Actor actor, string? sessionId, Action close)
{
    private Actor _actor = actor;
    private int _closed;

    public Actor Actor => Volatile.Read(ref _actor);

    public string? SessionId { get; } = sessionId;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    internal void Update(Actor actor) => Volatile.Write(ref _actor, actor);

    internal void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            close();
        }
    }
}
