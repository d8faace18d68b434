using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;

namespace LiveSales.Api.Tests.Infrastructure;

/// <summary>A graphql-transport-ws client over the test server: connection_init, subscribe, next/error/complete by id.</summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _receiving;
    private int _nextId;

    private GraphQLWsClient(WebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>The close status once the server closed the socket.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<GraphQLWsClient> ConnectAsync(TestServer server, object? initPayload = null, string? accessToken = null)
    {
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var path = accessToken is null ? "/graphql" : "/graphql?access_token=" + Uri.EscapeDataString(accessToken);
        var socket = await client.ConnectAsync(new Uri(server.BaseAddress, path).ToWs(), CancellationToken.None);
        var ws = new GraphQLWsClient(socket);
        await ws.SendAsync(new { type = "connection_init", payload = initPayload });
        return ws;
    }

    /// <summary>The next message from the server, whatever it is.</summary>
    public async Task<JsonElement> NextMessageAsync() => await _messages.Reader.ReadAsync().AsTask().WaitAsync(s_timeout);

    public async Task<string> SubscribeAsync(string query, object? variables = null)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } });
        return id;
    }

    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }

        await _receiving.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
    }

    private Task SendAsync(object message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                text.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    _messages.Writer.TryWrite(JsonDocument.Parse(text.ToArray()).RootElement.Clone());
                    text.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }
}
