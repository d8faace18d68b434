using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using static LiveSales.GraphQL.Tests.Transport.Http;

namespace LiveSales.GraphQL.Tests.Transport;

public class WebSocketTransportTests(TestServerFixture server) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task Init_ack_then_a_subscription_streams_next_messages_and_completes()
    {
        using WebSocket socket = await ConnectAsync();
        await SendAsync(socket, "{\"type\":\"connection_init\",\"payload\":{\"token\":\"ann\"}}");
        string ack = await ReceiveAsync(socket);
        await SendAsync(socket, "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { bookAdded(genre: HISTORY) { id } }\"}}");
        string next = await ReceiveAsync(socket);
        string complete = await ReceiveAsync(socket);

        Assert.Equal(J("{'type':'connection_ack'}"), ack);
        Assert.Equal(J("{'id':'1','type':'next','payload':{'data':{'bookAdded':{'id':'b3'}}}}"), next);
        Assert.Equal(J("{'id':'1','type':'complete'}"), complete);
    }

    [Fact]
    public async Task A_subscribe_before_connection_init_closes_the_socket_with_4401()
    {
        using WebSocket socket = await ConnectAsync();
        await SendAsync(socket, "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ version }\"}}");
        var buffer = new byte[256];

        WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal((WebSocketCloseStatus)4401, socket.CloseStatus);
        Assert.Equal("Unauthorized", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Validation_errors_of_an_operation_come_as_an_error_message_and_the_connection_stays_open()
    {
        using WebSocket socket = await ConnectAsync();
        await SendAsync(socket, "{\"type\":\"connection_init\"}");
        await ReceiveAsync(socket);
        await SendAsync(socket, "{\"id\":\"a\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ xyzzy }\"}}");
        string error = await ReceiveAsync(socket);
        await SendAsync(socket, "{\"type\":\"ping\"}");
        string pong = await ReceiveAsync(socket);

        Assert.Equal(J("{'id':'a','type':'error','payload':[{'message':'Cannot query field \\'xyzzy\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}]}]}").Replace("\\'", "\\\""), error);
        Assert.Equal(J("{'type':'pong'}"), pong);
    }

    private async Task<WebSocket> ConnectAsync()
    {
        WebSocketClient client = server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(server.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancel.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);

        using JsonDocument parsed = JsonDocument.Parse(text.ToString());
        return text.ToString();
    }
}
