using LiveSales.GrainInterfaces.Events;

namespace LiveSales.Api.Live;

/// <summary>One interest of a live connection: a topic and what to do with each event it may receive.</summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly LiveSubscriptions _owner;

    internal LiveSubscription(LiveSubscriptions owner, LiveIdentity identity, string topic, Action<IDomainEvent> deliver)
    {
        _owner = owner;
        Identity = identity;
        Topic = topic;
        Deliver = deliver;
    }

    public LiveIdentity Identity { get; }

    public string Topic { get; }

    internal Action<IDomainEvent> Deliver { get; }

    public void Dispose() => _owner.Remove(this);
}
