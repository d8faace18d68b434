using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Security;

namespace LiveSales.Api.Live;

/// <summary>
/// The live connections of this silo by topic. Every event is checked against the domain's
/// <see cref="VisibilityPolicy.CanReceive"/> for each subscriber before it is handed over: the one
/// place deciding who receives what, for hub pushes and GraphQL subscriptions alike.
/// </summary>
public sealed class LiveSubscriptions(PoolDirectory pools)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LiveSubscription[]> _byTopic = new(StringComparer.Ordinal);
    private long _opened;

    /// <summary>
    /// How many subscriptions this silo ever made. It only grows, so a waiter sees its own
    /// subscription arrive even while others are ending (a count of the current ones would hide it).
    /// </summary>
    public long Opened => Interlocked.Read(ref _opened);

    public LiveSubscription Subscribe(LiveIdentity identity, string topic, Action<IDomainEvent> deliver)
    {
        var subscription = new LiveSubscription(this, identity, topic, deliver);
        lock (_gate)
        {
            _byTopic[topic] = [.. _byTopic.GetValueOrDefault(topic) ?? [], subscription];
        }

        Interlocked.Increment(ref _opened);

        return subscription;
    }

    /// <summary>Hands the event to every subscriber of its topic that may receive it.</summary>
    public void Publish(IDomainEvent domainEvent)
    {
        var topic = domainEvent switch
        {
            AlertRaised alert => LiveTopics.Alerts(alert.RecipientUserId),
            CustomerPoolChanged change => LiveTopics.Pool(change.PoolId),
            _ => null,
        };
        if (topic is null)
        {
            return;
        }

        LiveSubscription[]? subscribers;
        lock (_gate)
        {
            subscribers = _byTopic.GetValueOrDefault(topic);
        }

        foreach (var subscriber in subscribers ?? [])
        {
            var identity = subscriber.Identity;
            if (!identity.IsClosed && VisibilityPolicy.CanReceive(identity.Actor, domainEvent, pools.Find))
            {
                subscriber.Deliver(domainEvent);
            }
        }
    }

    /// <summary>A user changed: its connections see with its new role and team, or close when it was deactivated.</summary>
    public void UserChanged(UserChanged change)
    {
        foreach (var identity in Identities(i => i.Actor.UserId == change.UserId))
        {
            if (change.Active)
            {
                identity.Update(new Actor(change.UserId, change.Role, change.TeamId));
            }
            else
            {
                identity.Close();
            }
        }
    }

    /// <summary>A token was revoked or expired: the connections opened with it close.</summary>
    public void SessionEnded(string sessionId)
    {
        foreach (var identity in Identities(i => i.SessionId == sessionId))
        {
            identity.Close();
        }
    }

    internal void Remove(LiveSubscription subscription)
    {
        lock (_gate)
        {
            if (_byTopic.TryGetValue(subscription.Topic, out var current))
            {
                var rest = current.Where(s => s != subscription).ToArray();
                if (rest.Length == 0)
                {
                    _byTopic.Remove(subscription.Topic);
                }
                else
                {
                    _byTopic[subscription.Topic] = rest;
                }
            }
        }
    }

    private List<LiveIdentity> Identities(Func<LiveIdentity, bool> match)
    {
        lock (_gate)
        {
            return _byTopic.Values.SelectMany(s => s).Select(s => s.Identity).Where(match).Distinct().ToList();
        }
    }
}
