using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace LiveSales.GraphQL.Transport;

/// <summary>
/// The GraphiQL page and its scripts, embedded in this library (versions in
/// <c>Transport/GraphiQL/assets/VERSIONS</c>) and served from the endpoint itself as <c>?asset=NAME</c>.
/// </summary>
internal static class GraphiQLPage
{
    private const string ResourcePrefix = "LiveSales.GraphQL.GraphiQL.";
    private static readonly ConcurrentDictionary<string, byte[]?> s_assets = new(StringComparer.Ordinal);

    public static bool IsAssetRequest(HttpRequest request) => request.Query.ContainsKey("asset");

    public static Task WriteAsync(HttpContext http) => WriteAssetAsync(http, "graphiql.html", cache: false);

    public static Task WriteRequestedAssetAsync(HttpContext http) => WriteAssetAsync(http, http.Request.Query["asset"].ToString(), cache: true);

    private static async Task WriteAssetAsync(HttpContext http, string name, bool cache)
    {
        byte[]? content = s_assets.GetOrAdd(name, Load);
        if (content is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "application/octet-stream",
        };
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (cache)
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
        }

        http.Response.ContentLength = content.Length;
        await http.Response.Body.WriteAsync(content, http.RequestAborted).ConfigureAwait(false);
    }

    private static byte[]? Load(string name)
    {
        // Only the embedded files, by exact name: the parameter never reaches the file system.
        using Stream? stream = typeof(GraphiQLPage).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
