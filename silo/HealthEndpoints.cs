using LiveSales.Api.Hosting;
using LiveSales.Runtime.Hosting;

namespace LiveSales.Silo;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz</c>: 200 once migrations ran, the database answers and the API's start-up
    /// (default pool, first admin) is done; 503 otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapSiloHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (RuntimeHealth health, ApiReadiness api, CancellationToken cancellationToken) =>
            api.IsReady && await health.IsReadyAsync(cancellationToken)
                ? Results.Text("ok")
                : Results.Text("starting or database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
