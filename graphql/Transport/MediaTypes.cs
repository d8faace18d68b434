using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace LiveSales.GraphQL.Transport;

/// <summary>The media types of GraphQL over HTTP: choosing the response type from Accept, checking Content-Type.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";

    /// <summary>
    /// The response type the client accepts: <c>application/graphql-response+json</c> when accepted
    /// at least as much as <c>application/json</c>; <c>application/json</c> for no Accept header or
    /// wildcards; null when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges))
        {
            return Json;
        }

        double graphQL = 0, json = 0, wildcard = 0;
        foreach (MediaTypeHeaderValue range in ranges)
        {
            if (range.Charset.HasValue && !IsUtf8(range.Charset))
            {
                continue;
            }

            double quality = range.Quality ?? 1;
            if (range.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                graphQL = Math.Max(graphQL, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
            else if (range.MediaType.Equals("*/*", StringComparison.Ordinal) || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                wildcard = Math.Max(wildcard, quality);
            }
        }

        if (graphQL > 0 && graphQL >= json)
        {
            return GraphQLResponseJson;
        }

        return json > 0 || wildcard > 0 ? Json : null;
    }

    /// <summary>Whether a browser asks for a page (Accept names text/html).</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (string? value in accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a POST body is JSON GraphQL can read: <c>application/json</c> in UTF-8 (or no charset).</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? value))
        {
            return false;
        }

        return value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) && (!value.Charset.HasValue || IsUtf8(value.Charset));
    }

    private static bool IsUtf8(StringSegment charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
