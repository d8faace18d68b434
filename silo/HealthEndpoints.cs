using LiveSales.Runtime.Hosting;

namespace LiveSales.Silo;

public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 once migrations ran and the database answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapSiloHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (RuntimeHealth health, CancellationToken cancellationToken) =>
            await health.IsReadyAsync(cancellationToken)
                ? Results.Text("ok")
                : Results.Text("starting or database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
