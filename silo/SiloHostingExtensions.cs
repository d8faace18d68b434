using System.Reflection;
using LiveSales.Api;
using LiveSales.Runtime.Hosting;

namespace LiveSales.Silo;

/// <summary>How the silo hosts the grain runtime, from configuration.</summary>
public static class SiloHostingExtensions
{
    /// <summary>The assembly holding the sales grains (referenced through the API project).</summary>
    public const string GrainsAssembly = "LiveSales.Grains";

    /// <summary>
    /// Reads <c>ConnectionStrings:LiveSales</c>, <c>LiveSales:Reminders:PollInterval</c> and
    /// <c>LiveSales:Runtime:CollectionAge</c>, and adds the runtime with the grains of
    /// <see cref="GrainsAssembly"/> and of the API (sessions). Migrations in <c>Migrations/</c> run at start-up.
    /// </summary>
    public static WebApplicationBuilder AddLiveSalesSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("LiveSales");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:LiveSales is not set (environment: ConnectionStrings__LiveSales).");
        }

        // Turns in flight finish and reminder leases are released within this time on SIGTERM.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddLiveSalesRuntime(runtime => runtime
            .AddGrains(Assembly.Load(GrainsAssembly), LiveSalesApiExtensions.GrainAssembly)
            .UsePostgres(connectionString)
            .Configure(options =>
            {
                options.ReminderPollInterval = configuration.GetValue("LiveSales:Reminders:PollInterval", options.ReminderPollInterval);
                options.CollectionAge = configuration.GetValue("LiveSales:Runtime:CollectionAge", options.CollectionAge);
                options.MigrationsDirectory = Path.Combine(AppContext.BaseDirectory, "Migrations");
            }));
        return builder;
    }
}
