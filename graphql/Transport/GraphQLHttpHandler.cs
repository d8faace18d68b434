using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Server;
using Microsoft.AspNetCore.Http;

namespace LiveSales.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with URL parameters (queries only), the two
/// response media types with their status codes, <c>?sdl</c>, and the GraphiQL page for browsers.
/// </summary>
internal sealed class GraphQLHttpHandler(RequestExecutor executor)
{
    private string? _sdl;

    public async Task HandleAsync(HttpContext http)
    {
        HttpRequest request = http.Request;
        bool isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, $"GraphQL does not serve {request.Method} requests; use GET or POST.").ConfigureAwait(false);
            return;
        }

        if (isGet && request.Query.ContainsKey("sdl") && executor.Options.EnableSdl)
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(_sdl ??= executor.Schema.ToSdl(), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (isGet && executor.Options.EnableGraphiQL && GraphiQLPage.IsAssetRequest(request))
        {
            await GraphiQLPage.WriteRequestedAssetAsync(http).ConfigureAwait(false);
            return;
        }

        if (isGet && !request.Query.ContainsKey("query") && executor.Options.EnableGraphiQL && MediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await GraphiQLPage.WriteAsync(http).ConfigureAwait(false);
            return;
        }

        string? mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json, "The Accept header allows neither application/graphql-response+json nor application/json.").ConfigureAwait(false);
            return;
        }

        if (isGet)
        {
            await HandleGetAsync(http, mediaType).ConfigureAwait(false);
        }
        else
        {
            await HandlePostAsync(http, mediaType).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext http, string mediaType)
    {
        IQueryCollection query = http.Request.Query;
        string? text = query["query"];
        if (text is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "The \"query\" parameter is required.").ConfigureAwait(false);
            return;
        }

        if (text.Length > executor.Options.MaxRequestBytes)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, $"The query is longer than {executor.Options.MaxRequestBytes} bytes.").ConfigureAwait(false);
            return;
        }

        using JsonDocument? variables = ParseJsonParameter(query["variables"], "variables", out string? problem);
        using JsonDocument? extensions = problem is null ? ParseJsonParameter(query["extensions"], "extensions", out problem) : null;
        if (problem is not null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, problem).ConfigureAwait(false);
            return;
        }

        string? operationName = query["operationName"];
        var graphQLRequest = new GraphQLRequest
        {
            Query = text,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables is null ? null : VariableValues.FromJson(variables.RootElement),
            Extensions = extensions is null ? null : VariableValues.FromJson(extensions.RootElement),
        };
        await ExecuteAsync(http, graphQLRequest, mediaType, isGet: true).ConfigureAwait(false);
    }

    private async Task HandlePostAsync(HttpContext http, string mediaType)
    {
        if (!MediaTypes.IsJsonRequest(http.Request.ContentType))
        {
            string message = string.IsNullOrEmpty(http.Request.ContentType)
                ? "A POST request needs a Content-Type: application/json."
                : $"Content-Type \"{http.Request.ContentType}\" is not supported; send application/json (UTF-8).";
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, message).ConfigureAwait(false);
            return;
        }

        int limit = executor.Options.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {limit} bytes.").ConfigureAwait(false);
            return;
        }

        PipeReader body = http.Request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(http.RequestAborted).ConfigureAwait(false);
            if (read.Buffer.Length > limit)
            {
                body.AdvanceTo(read.Buffer.End);
                await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {limit} bytes.").ConfigureAwait(false);
                return;
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        // A JsonDocument reads the memory it was parsed from for as long as it lives (variables stay
        // JSON until coerced): the pipe's buffer goes back for reuse only once the request is done.
        try
        {
            JsonDocument? document = null;
            string? problem = null;
            try
            {
                if (read.Buffer.IsEmpty)
                {
                    problem = "The request body is empty; send a JSON object with a \"query\".";
                }
                else
                {
                    document = JsonDocument.Parse(read.Buffer, new JsonDocumentOptions { MaxDepth = 128 });
                }
            }
            catch (JsonException error)
            {
                problem = "The request body is not valid JSON: " + error.Message;
            }

            using (document)
            {
                GraphQLRequest? graphQLRequest = document is null ? null : GraphQLRequest.FromJson(document.RootElement, out problem);
                if (graphQLRequest is null)
                {
                    await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, problem!).ConfigureAwait(false);
                    return;
                }

                await ExecuteAsync(http, graphQLRequest, mediaType, isGet: false).ConfigureAwait(false);
            }
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest request, string mediaType, bool isGet)
    {
        bool graphQLResponse = mediaType == MediaTypes.GraphQLResponseJson;
        PreparedRequest prepared = executor.Prepare(request);
        if (!prepared.IsValid)
        {
            await WriteResultAsync(http, graphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, mediaType, ExecutionResult.FromErrors(prepared.Errors)).ConfigureAwait(false);
            return;
        }

        OperationType operation = prepared.Operation!.Operation;
        if (isGet && operation != OperationType.Query)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, $"Only queries can be sent with GET; send the {OperationName(operation)} with POST.").ConfigureAwait(false);
            return;
        }

        if (operation == OperationType.Subscription)
        {
            await WriteResultAsync(http, graphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, mediaType, ExecutionResult.FromError(
                new GraphQLError("Subscriptions are served over WebSocket (graphql-transport-ws), not over HTTP."))).ConfigureAwait(false);
            return;
        }

        var context = new RequestContext { Services = http.RequestServices, User = http.User, CancellationToken = http.RequestAborted };
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(prepared, request, context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        // No data means the variables could not be coerced: a request error.
        int status = !result.HasData && graphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteResultAsync(http, status, mediaType, result).ConfigureAwait(false);
    }

    private static string OperationName(OperationType operation) => operation == OperationType.Mutation ? "mutation" : "subscription";

    private static JsonDocument? ParseJsonParameter(string? text, string name, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        problem = $"The \"{name}\" parameter must be a JSON object.";
        return null;
    }

    internal static Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message) =>
        WriteResultAsync(http, status, mediaType, ExecutionResult.FromError(new GraphQLError(message)));

    internal static async Task WriteResultAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        HttpResponse response = http.Response;
        response.StatusCode = status;
        response.ContentType = mediaType == MediaTypes.GraphQLResponseJson ? MediaTypes.GraphQLResponseJsonUtf8 : MediaTypes.JsonUtf8;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        using (var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResult.WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }
}
