using System.Net.Http.Headers;
using System.Text;

namespace LiveSales.GraphQL.Tests.Transport;

/// <summary>Small helpers for GraphQL-over-HTTP requests in tests.</summary>
internal static class Http
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static async Task<(int Status, string? ContentType, string Body)> PostAsync(HttpClient client, string json, string accept = GraphQLResponse, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    public static async Task<(int Status, string? ContentType, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using HttpResponseMessage response = await client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    /// <summary>JSON with single quotes, for readable expectations.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
