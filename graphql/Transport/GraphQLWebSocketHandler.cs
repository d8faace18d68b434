using System.Net.WebSockets;
using LiveSales.GraphQL.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveSales.GraphQL.Transport;

/// <summary>Accepts WebSocket requests for the <c>graphql-transport-ws</c> subprotocol and runs a session per socket.</summary>
internal sealed class GraphQLWebSocketHandler(RequestExecutor executor, ILogger logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext http)
    {
        bool supported = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        using WebSocket socket = await http.WebSockets.AcceptWebSocketAsync(supported ? SubProtocol : null).ConfigureAwait(false);
        if (!supported)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var session = new GraphQLWebSocketSession(socket, http, executor, logger);
        await session.RunAsync().ConfigureAwait(false);
    }
}
