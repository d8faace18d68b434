using LiveSales.Api.Auth;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Queries;
using LiveSales.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Live;

/// <summary>
/// <c>/hubs/live</c>: each connection receives its own user's <c>alert</c>s; <c>WatchPool(poolId)</c>
/// returns the pool's first page and from then on sends <c>poolChanged</c> for every customer that
/// enters or leaves it. Connect with <c>?access_token=TOKEN</c>.
/// </summary>
[Authorize(AuthenticationSchemes = SessionAuthenticationHandler.SchemeName)]
public sealed partial class LiveHub(LiveConnections connections, IGrainFactory grains, CustomerQueries customers, ILogger<LiveHub> log) : Hub
{
    public const string Path = "/hubs/live";
    private const int FirstPageSize = 50;

    public override Task OnConnectedAsync()
    {
        var actor = ApiClaims.ToActor(Context.User) ?? throw new HubException(ApiErrors.Describe(new AuthenticationFailedException()).ToString());
        connections.Connect(Context, actor, ApiClaims.SessionId(Context.User));
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception) => connections.DisconnectAsync(Context.ConnectionId);

    /// <summary>
    /// The pool's first page; then <c>poolChanged</c> on every change. The watch starts before the
    /// page is read, so no change is missed (one may arrive that the page already shows).
    /// </summary>
    public async Task<PoolPageMessage> WatchPool(string poolId)
    {
        try
        {
            var identity = connections.IdentityOf(Context.ConnectionId) ?? throw new AuthenticationFailedException();
            if (!Ids.IsWellFormed(poolId))
            {
                throw DomainException.BadInput($"'{poolId}' is not a valid pool id.");
            }

            var pool = await grains.GetGrain<IPoolGrain>(poolId).GetAsync(identity.Actor);
            connections.Watch(Context.ConnectionId, poolId);
            try
            {
                var page = await customers.PoolPageAsync(identity.Actor, pool, FirstPageSize, null);
                var nodes = page.Items.Select(c => new PooledCustomerMessage(c.Id, c.Name, c.Region, c.Industry, c.Tier, c.LastFollowUpAt, c.CreatedAt)).ToList();
                return new PoolPageMessage(pool.Id, pool.Name, nodes, new PageInfoMessage(page.HasNextPage, page.EndCursor));
            }
            catch
            {
                connections.Unwatch(Context.ConnectionId, poolId);
                throw;
            }
        }
        catch (Exception e)
        {
            var error = ApiErrors.Describe(e);
            if (!error.Expected)
            {
                LogUnexpected(log, e, nameof(WatchPool));
            }

            throw new HubException(error.ToString());
        }
    }

    public Task UnwatchPool(string poolId)
    {
        connections.Unwatch(Context.ConnectionId, poolId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed unexpectedly.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method);
}
