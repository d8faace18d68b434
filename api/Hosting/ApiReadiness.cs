namespace LiveSales.Api.Hosting;

/// <summary>Whether the API finished its start-up work (default pool, first admin): part of <c>/healthz</c>.</summary>
public sealed class ApiReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    internal void MarkReady() => _ready = true;
}
