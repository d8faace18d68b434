using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LiveSales.Api.Tests.Infrastructure;

/// <summary>GraphQL over HTTP as clients send it: POST /graphql with a JSON body, the token as a bearer header.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    /// <summary>Runs the operation and returns its data, failing the test with the errors when there are any.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var response = await SendAsync(query, variables, token);
        Assert.True(response.Errors.Count == 0, $"GraphQL errors: {response.Body}");
        return response.Data;
    }
}
