using System.Collections.Concurrent;
using System.Threading.Channels;
using LiveSales.GrainInterfaces.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Live;

/// <summary>
/// The hub connections of this silo and what each watches. Each connection has its own outgoing
/// queue, sent in order by one pump, so a slow client never holds up the event feed (a client that
/// falls too far behind is disconnected).
/// </summary>
public sealed partial class LiveConnections(LiveSubscriptions subscriptions, IHubContext<LiveHub> hub, ILogger<LiveConnections> log)
{
    private const int QueueLimit = 10_000;
    private readonly ConcurrentDictionary<string, Connection> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public LiveIdentity Connect(HubCallerContext context, GrainInterfaces.Security.Actor actor, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = new LiveIdentity(actor, sessionId, context.Abort);
        var connection = new Connection(context.ConnectionId, identity);
        _connections[context.ConnectionId] = connection;
        connection.Add(subscriptions.Subscribe(identity, LiveTopics.Alerts(actor.UserId), e => Send(connection, "alert", AlertMessage.From((AlertRaised)e))));
        connection.Pump = Task.Run(() => PumpAsync(connection));
        return identity;
    }

    public LiveIdentity? IdentityOf(string connectionId) => _connections.GetValueOrDefault(connectionId)?.Identity;

    /// <summary>Starts sending the pool's changes to the connection (once per pool).</summary>
    public void Watch(string connectionId, string poolId)
    {
        if (_connections.TryGetValue(connectionId, out var connection) && !connection.Watches(poolId))
        {
            connection.Add(subscriptions.Subscribe(connection.Identity, LiveTopics.Pool(poolId), e => Send(connection, "poolChanged", PoolChangedMessage.From((CustomerPoolChanged)e))));
        }
    }

    public void Unwatch(string connectionId, string poolId)
    {
        if (_connections.TryGetValue(connectionId, out var connection))
        {
            connection.Remove(LiveTopics.Pool(poolId));
        }
    }

    public async Task DisconnectAsync(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var connection))
        {
            connection.Dispose();
            await connection.Pump.ConfigureAwait(false);
        }
    }

    private void Send(Connection connection, string method, object message)
    {
        if (!connection.Queue.Writer.TryWrite((method, message)))
        {
            LogSlowClient(log, connection.Id);
            connection.Identity.Close();
        }
    }

    private async Task PumpAsync(Connection connection)
    {
        await foreach (var (method, message) in connection.Queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await hub.Clients.Client(connection.Id).SendAsync(method, message).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogSendFailed(log, e, connection.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live connection {ConnectionId} fell too far behind; disconnecting it.")]
    private static partial void LogSlowClient(ILogger logger, string connectionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sending to live connection {ConnectionId} failed.")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string connectionId);

    private sealed class Connection(string id, LiveIdentity identity) : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly List<LiveSubscription> _subscriptions = [];

        public string Id { get; } = id;

        public LiveIdentity Identity { get; } = identity;

        public Channel<(string Method, object Message)> Queue { get; } = Channel.CreateBounded<(string, object)>(
            new BoundedChannelOptions(QueueLimit) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

        public Task Pump { get; set; } = Task.CompletedTask;

        public void Add(LiveSubscription subscription)
        {
            lock (_gate)
            {
                _subscriptions.Add(subscription);
            }
        }

        public bool Watches(string poolId)
        {
            lock (_gate)
            {
                return _subscriptions.Any(s => s.Topic == LiveTopics.Pool(poolId));
            }
        }

        public void Remove(string topic)
        {
            lock (_gate)
            {
                foreach (var subscription in _subscriptions.Where(s => s.Topic == topic).ToList())
                {
                    subscription.Dispose();
                    _subscriptions.Remove(subscription);
                }
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _subscriptions.ForEach(s => s.Dispose());
                _subscriptions.Clear();
            }

            Queue.Writer.TryComplete();
        }
    }
}
