using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// GraphQL over HTTP as a client sends it: POST /graphql with a bearer token, on kept-alive
/// connections (at most one per concurrent caller, reused across requests).
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri baseAddress, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The answer's <c>data</c>; an HTTP error or any GraphQL error throws with the answer in the message.</summary>
    public async Task<JsonElement> QueryAsync(string query, IReadOnlyDictionary<string, object?> variables, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _) || !document.RootElement.TryGetProperty("data", out var data))
        {
            throw new GraphQLAnswerException($"GraphQL answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return data.Clone();
    }

    /// <summary>Signs in with the <c>login</c> mutation; the session's bearer token.</summary>
    public async Task<string> LoginAsync(string email, string password)
    {
        var data = await QueryAsync(
            "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
            new Dictionary<string, object?> { ["email"] = email, ["password"] = password },
            token: null);
        return data.GetProperty("login").GetProperty("token").GetString() ?? throw new InvalidOperationException("login gave no token");
    }

    public void Dispose() => _http.Dispose();
}
