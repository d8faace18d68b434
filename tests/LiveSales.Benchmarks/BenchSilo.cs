using LiveSales.Runtime.Hosting;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Benchmarks;

/// <summary>A silo for a benchmark: the benchmark grains, the system clock, optional storage.</summary>
public static class BenchSilo
{
    public static async Task<IHost> StartAsync(string? connectionString, Action<IServiceCollection>? services = null, Action<LiveSalesRuntimeOptions>? options = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        services?.Invoke(builder.Services);
        builder.Services.AddLiveSalesRuntime(runtime =>
        {
            runtime.AddGrains(typeof(PingGrain).Assembly).Configure(o =>
            {
                o.MigrationsDirectory = TestCluster.MigrationsDirectory;
                options?.Invoke(o);
            });
            if (connectionString is not null)
            {
                runtime.UsePostgres(connectionString);
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
