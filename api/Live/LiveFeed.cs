using System.Text.Json;
using LiveSales.Api.Auth;
using LiveSales.GrainInterfaces.Events;
using LiveSales.Runtime;

namespace LiveSales.Api.Live;

/// <summary>
/// This silo's reader of the event feed for its live connections: alerts and pool changes are
/// pushed to the connections allowed to receive them, user changes and revoked tokens update or
/// close connections. Every silo runs one and serves only its own connections: the event log is
/// the backplane.
/// </summary>
public sealed class LiveFeed(LiveSubscriptions subscriptions, PoolDirectory pools) : IEventObserver
{
    private static readonly HashSet<string> s_wanted =
    [
        DomainEventTypes.NameOf(typeof(AlertRaised)),
        DomainEventTypes.NameOf(typeof(CustomerPoolChanged)),
        DomainEventTypes.NameOf(typeof(PoolConfigChanged)),
        DomainEventTypes.NameOf(typeof(UserChanged)),
    ];

    private static readonly string s_sessionRevoked = DomainEventTypes.NameOf(typeof(SessionRevoked));

    public async ValueTask OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var envelope in events)
        {
            if (envelope.Type == s_sessionRevoked)
            {
                subscriptions.SessionEnded(envelope.Data.Deserialize<SessionRevoked>(JsonSerializerOptions.Web)!.SessionId);
                continue;
            }

            if (!s_wanted.Contains(envelope.Type))
            {
                continue;
            }

            switch (DomainEventTypes.Read(envelope))
            {
                case AlertRaised alert:
                    subscriptions.Publish(alert);
                    break;
                case CustomerPoolChanged change:
                    await pools.GetAsync(change.PoolId).ConfigureAwait(false);
                    subscriptions.Publish(change);
                    break;
                case PoolConfigChanged config:
                    pools.Invalidate(config.PoolId);
                    break;
                case UserChanged user:
                    subscriptions.UserChanged(user);
                    break;
            }
        }
    }
}
