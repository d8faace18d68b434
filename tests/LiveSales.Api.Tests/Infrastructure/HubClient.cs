using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;

namespace LiveSales.Api.Tests.Infrastructure;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a raw WebSocket (the .NET client package is
/// not available here): handshake, invocations with completions, server-sent messages by target.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    private readonly TestServer _server;
    private readonly string _token;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private WebSocket? _socket;
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    internal HubClient(TestServer server, string token)
    {
        _server = server;
        _token = token;
    }

    /// <summary>Completes when the server closes the connection.</summary>
    public Task Closed => _closed.Task;

    public async Task<HubClient> ConnectAsync()
    {
        var client = _server.CreateWebSocketClient();
        _socket = await client.ConnectAsync(new Uri(_server.BaseAddress, $"/hubs/live?access_token={Uri.EscapeDataString(_token)}").ToWs(), CancellationToken.None);
        await SendAsync(new { protocol = "json", version = 1 });
        var handshake = await ReadRecordAsync(new StringBuilder());
        Assert.Equal("{}", handshake);
        _receiving = Task.Run(ReceiveLoopAsync);

        // The hub handles invocations only after OnConnectedAsync: one round trip means the
        // connection's alert subscription is in place.
        await InvokeAsync("UnwatchPool", "none");
        return this;
    }

    /// <summary>Calls a hub method; returns its result, or throws <see cref="HubError"/> with the server's message.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await SendAsync(new { type = 1, invocationId = id, target = method, arguments });
        return await completion.Task.WaitAsync(s_timeout);
    }

    /// <summary>The next message the server sent to <paramref name="target"/> (its first argument).</summary>
    public async Task<JsonElement> NextAsync(string target) =>
        await Inbox(target).Reader.ReadAsync().AsTask().WaitAsync(s_timeout);

    /// <summary>Whether a message for <paramref name="target"/> is waiting already (no waiting).</summary>
    public bool HasMessage(string target) => Inbox(target).Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket is { State: WebSocketState.Open })
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
        _socket?.Dispose();
        _stop.Dispose();
    }

    private Channel<JsonElement> Inbox(string target) => _received.GetOrAdd(target, _ => Channel.CreateUnbounded<JsonElement>());

    private async Task SendAsync(object message)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message) + RecordSeparator);
        await _socket!.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new StringBuilder();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var record = await ReadRecordAsync(buffer);
                if (record is null)
                {
                    break;
                }

                Dispatch(JsonDocument.Parse(record).RootElement.Clone());
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _closed.TrySetResult();
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new HubError("connection closed"));
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        switch (message.GetProperty("type").GetInt32())
        {
            case 1:
                var target = message.GetProperty("target").GetString()!;
                Inbox(target).Writer.TryWrite(message.GetProperty("arguments")[0]);
                break;
            case 3:
                if (_pending.TryRemove(message.GetProperty("invocationId").GetString()!, out var completion))
                {
                    if (message.TryGetProperty("error", out var error))
                    {
                        completion.TrySetException(new HubError(error.GetString()!));
                    }
                    else
                    {
                        completion.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
                    }
                }

                break;
            case 7:
                _closed.TrySetResult();
                break;
        }
    }

    // One record of the protocol (text up to the separator); null when the socket closed.
    private async Task<string?> ReadRecordAsync(StringBuilder pending)
    {
        var buffer = new byte[8192];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return text[..end];
            }

            var result = await _socket!.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            var chars = new char[_decoder.GetCharCount(buffer, 0, result.Count)];
            _decoder.GetChars(buffer, 0, result.Count, chars, 0);
            pending.Append(chars);
        }
    }
}

public sealed class HubError : Exception
{
    public HubError()
    {
    }

    public HubError(string message)
        : base(message)
    {
    }

    public HubError(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

internal static class UriExtensions
{
    public static Uri ToWs(this Uri uri) => new UriBuilder(uri) { Scheme = uri.Scheme == "https" ? "wss" : "ws" }.Uri;
}
