using LiveSales.Grains;
using LiveSales.Runtime.Hosting;
using LiveSales.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// An in-process silo running the sales grains on the system clock, wired as the silo wires them
/// (runtime on PostgreSQL + <c>AddSalesGrains</c>). Several may share one database.
/// </summary>
public static class SalesSilo
{
    public static async Task<IHost> StartAsync(string connectionString, string name)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLiveSalesRuntime(runtime => runtime
            .AddGrains(SalesGrainsServiceCollectionExtensions.Assembly)
            .UsePostgres(connectionString)
            .Configure(options =>
            {
                options.SiloName = $"{name}-{Guid.NewGuid().ToString("N")[..6]}";
                options.MigrationsDirectory = TestCluster.MigrationsDirectory;
            }));
        builder.Services.AddSalesGrains();

        // Seeded users get cheap hashes; the hash records its own iteration count, so sign-in still works.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
