using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveSales.GraphQL.Transport;

/// <summary>
/// One socket speaking graphql-transport-ws: <c>connection_init</c> (through the host's auth hook)
/// → <c>connection_ack</c>; <c>ping</c>/<c>pong</c>; <c>subscribe</c> → <c>next</c>* then
/// <c>complete</c>, or <c>error</c>; <c>complete</c> from the client stops an operation. Protocol
/// violations close the socket with the protocol's codes.
/// </summary>
internal sealed partial class GraphQLWebSocketSession(WebSocket socket, HttpContext http, RequestExecutor executor, ILogger logger) : IDisposable
{
    private static readonly TimeSpan s_drainTimeout = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _session = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private ClaimsPrincipal _user = http.User;
    private int _closed;
    private bool _initReceived;
    private volatile bool _acknowledged;

    public async Task RunAsync()
    {
        Task initTimeout = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
            await AwaitPeerCloseAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The session was closed by us or the peer went away.
        }
        finally
        {
            await _session.CancelAsync().ConfigureAwait(false);
            foreach (CancellationTokenSource operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }

            await initTimeout.ConfigureAwait(false);

            // Cancelled operations finish before the session's resources go; one that ignores
            // cancellation is left behind after a while (its sends are dropped).
            await Task.WhenAny(Task.WhenAll(_running.Keys), Task.Delay(s_drainTimeout)).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_running.IsEmpty)
        {
            _sendLock.Dispose();
            _session.Dispose();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(executor.Options.ConnectionInitTimeout, _session.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    /// <summary>After our close frame, waits a little for the peer's, so ours is delivered before the connection ends.</summary>
    private async Task AwaitPeerCloseAsync()
    {
        _session.CancelAfter(s_drainTimeout);
        byte[] scratch = new byte[256];
        while (socket.State == WebSocketState.CloseSent)
        {
            ValueWebSocketReceiveResult received = await socket.ReceiveAsync(scratch.AsMemory(), _session.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        int limit = executor.Options.MaxRequestBytes;
        while (socket.State == WebSocketState.Open && Volatile.Read(ref _closed) == 0)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), _session.Token).ConfigureAwait(false);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > limit)
                {
                    await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                    return;
                }
            }
            while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(CloseCodes.Normal, "Normal Closure").ConfigureAwait(false);
                return;
            }

            if (received.MessageType != WebSocketMessageType.Text || !await HandleMessageAsync(buffer.WrittenMemory).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Handles one message; false when it closed the socket.</summary>
    private async Task<bool> HandleMessageAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return await RejectAsync("Invalid message received").ConfigureAwait(false);
        }

        using (document)
        {
            JsonElement message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                return await RejectAsync("Invalid message received").ConfigureAwait(false);
            }

            JsonElement? payload = message.TryGetProperty("payload", out JsonElement p) && p.ValueKind != JsonValueKind.Null ? p : null;
            switch (type.GetString())
            {
                case "connection_init":
                    return await InitAsync(payload).ConfigureAwait(false);
                case "ping":
                    await SendAsync(w => WriteMessage(w, "pong", id: null, payload)).ConfigureAwait(false);
                    return true;
                case "pong":
                    return true;
                case "subscribe":
                    return await SubscribeAsync(message, payload).ConfigureAwait(false);
                case "complete":
                    if (!TryGetId(message, out string? id))
                    {
                        return await RejectAsync("Invalid message received: \"complete\" needs an \"id\"").ConfigureAwait(false);
                    }

                    if (_operations.TryRemove(id, out CancellationTokenSource? operation))
                    {
                        await operation.CancelAsync().ConfigureAwait(false);
                    }

                    return true;
                default:
                    return await RejectAsync($"Invalid message received: unknown type \"{type.GetString()}\"").ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> InitAsync(JsonElement? payload)
    {
        if (_initReceived)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return false;
        }

        _initReceived = true;
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            return await RejectAsync("Invalid message received: the \"connection_init\" payload must be an object").ConfigureAwait(false);
        }

        var context = new ConnectionInitContext(http, payload?.Clone());
        bool accepted;
        try
        {
            accepted = executor.Options.OnConnectionInit is not { } decide || await decide(context).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            LogInitFailed(logger, error);
            accepted = false;
        }

        if (!accepted)
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return false;
        }

        _user = context.User;
        await SendAsync(w => WriteMessage(w, "connection_ack", id: null, context.AckPayload)).ConfigureAwait(false);
        _acknowledged = true;
        return true;
    }

    private async Task<bool> SubscribeAsync(JsonElement message, JsonElement? payload)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return false;
        }

        if (!TryGetId(message, out string? id))
        {
            return await RejectAsync("Invalid message received: \"subscribe\" needs an \"id\"").ConfigureAwait(false);
        }

        // The request's variables refer into the payload: give them their own copy of it.
        GraphQLRequest? request = payload is { } body ? GraphQLRequest.FromJson(body.Clone(), out string? problem) : null;
        if (request is null)
        {
            return await RejectAsync("Invalid message received: the \"subscribe\" payload must be a GraphQL request").ConfigureAwait(false);
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_session.Token);
        if (_operations.Count >= executor.Options.MaxOperationsPerConnection)
        {
            operation.Dispose();
            await SendErrorsAsync(id, [new GraphQLError($"Too many operations on one connection (at most {executor.Options.MaxOperationsPerConnection}).")]).ConfigureAwait(false);
            return true;
        }

        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return false;
        }

        Task running = RunOperationAsync(id, request, operation);
        _running.TryAdd(running, true);
        _ = running.ContinueWith(done => _running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
    {
        // Let the receive loop go on; the operation runs beside it.
        await Task.Yield();
        try
        {
            PreparedRequest prepared = executor.Prepare(request);
            if (!prepared.IsValid)
            {
                await SendErrorsAsync(id, prepared.Errors).ConfigureAwait(false);
                return;
            }

            var context = new RequestContext { Services = http.RequestServices, User = _user, CancellationToken = operation.Token };
            if (prepared.Operation!.Operation == OperationType.Subscription)
            {
                SubscriptionResult subscription = await executor.SubscribeAsync(prepared, request, context).ConfigureAwait(false);
                if (!subscription.IsStream)
                {
                    await SendErrorsAsync(id, subscription.Errors!.Errors).ConfigureAwait(false);
                    return;
                }

                await foreach (ExecutionResult result in subscription.Stream!.WithCancellation(operation.Token).ConfigureAwait(false))
                {
                    await SendAsync(w => WriteMessage(w, "next", id, result)).ConfigureAwait(false);
                }
            }
            else
            {
                ExecutionResult result = await executor.ExecuteAsync(prepared, request, context).ConfigureAwait(false);
                if (!result.HasData)
                {
                    await SendErrorsAsync(id, result.Errors).ConfigureAwait(false);
                    return;
                }

                await SendAsync(w => WriteMessage(w, "next", id, result)).ConfigureAwait(false);
            }

            if (!operation.IsCancellationRequested)
            {
                await SendAsync(w => WriteMessage(w, "complete", id, payload: null)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (operation.IsCancellationRequested)
        {
            // Completed by the client, or the socket closed.
        }
        catch (Exception error)
        {
            // A failing event stream: the same mapping (and logging) as a resolver's exception.
            await SendErrorsAsync(id, [executor.ToClientError(error)]).ConfigureAwait(false);
        }
        finally
        {
            if (_operations.TryGetValue(id, out CancellationTokenSource? current) && ReferenceEquals(current, operation))
            {
                _operations.TryRemove(id, out _);
            }

            operation.Dispose();
        }
    }

    private Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", "error");
        writer.WritePropertyName("payload");
        JsonSerializer.Serialize(writer, errors);
        writer.WriteEndObject();
    });

    private static void WriteMessage(Utf8JsonWriter writer, string type, string? id, object? payload)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("type", type);
        switch (payload)
        {
            case null:
                break;
            case ExecutionResult result:
                writer.WritePropertyName("payload");
                result.WriteTo(writer);
                break;
            case JsonElement element:
                writer.WritePropertyName("payload");
                element.WriteTo(writer);
                break;
            default:
                writer.WritePropertyName("payload");
                JsonSerializer.Serialize(writer, payload, payload.GetType());
                break;
        }

        writer.WriteEndObject();
    }

    private async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResult.WriterOptions))
        {
            write(writer);
        }

        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _closed) == 0 && socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _session.Token).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            // The socket is going away; the receive loop ends the session.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<bool> RejectAsync(string reason)
    {
        await CloseAsync(CloseCodes.BadRequest, reason).ConfigureAwait(false);
        return false;
    }

    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                // Close reasons are limited to 123 bytes by the WebSocket protocol.
                string shortReason = reason.Length > 120 ? reason[..120] : reason;
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, shortReason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }

        // The receive loop keeps reading until the peer's close frame arrives; operations stop now.
        foreach (CancellationTokenSource operation in _operations.Values)
        {
            await operation.CancelAsync().ConfigureAwait(false);
        }
    }

    private static bool TryGetId(JsonElement message, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? id)
    {
        id = message.TryGetProperty("id", out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return !string.IsNullOrEmpty(id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A WebSocket connection_init hook failed")]
    private static partial void LogInitFailed(ILogger logger, Exception exception);
}
