using LiveSales.Runtime.Core;
using LiveSales.Runtime.Events;
using LiveSales.Runtime.Reminders;
using LiveSales.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveSales.Runtime.Hosting;

public static class LiveSalesRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds a silo: <c>services.AddLiveSalesRuntime(runtime => runtime.AddGrains(assembly).UsePostgres(connectionString))</c>.
    /// Registers <see cref="IGrainFactory"/>, <see cref="IEventFeed"/>, <see cref="IGrainReminderRegistry"/>,
    /// <see cref="LiveSalesDatabase"/>, <see cref="RuntimeHealth"/> and the hosted service that runs
    /// migrations, the event feed, the reminder poller and the idle collector. Time comes from the
    /// registered <see cref="TimeProvider"/> (the system clock unless one is registered).
    /// </summary>
    public static IServiceCollection AddLiveSalesRuntime(this IServiceCollection services, Action<LiveSalesRuntimeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new LiveSalesRuntimeBuilder();
        configure(builder);

        services.AddLogging();
        services.AddOptions<LiveSalesRuntimeOptions>().Configure(options =>
        {
            foreach (var configuration in builder.Configurations)
            {
                configuration(options);
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new GrainTypeRegistry(builder.Assemblies));
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton(sp => sp.GetRequiredService<GrainRuntime>().Factory);
        services.AddSingleton(sp => new IdleCollector(sp.GetRequiredService<GrainRuntime>()));
        services.AddSingleton(sp => new RuntimeHealth(sp));
        services.AddSingleton<RuntimeHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<RuntimeHostedService>());

        if (builder.ConnectionString is { } connectionString)
        {
            services.AddSingleton(new LiveSalesDatabase(connectionString));
            services.AddSingleton(sp => sp.GetRequiredService<LiveSalesDatabase>().DataSource);
            services.AddSingleton(sp => new MigrationRunner(sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetService<ILogger<MigrationRunner>>()));
            services.AddSingleton(sp => new StateWriter(sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), Options(sp)));
            services.AddSingleton(sp => new GrainStateStorage(sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetRequiredService<StateWriter>()));
            services.AddSingleton(sp => new ReminderTable(sp.GetRequiredService<Npgsql.NpgsqlDataSource>()));
            services.AddSingleton<IGrainReminderRegistry>(sp => new ReminderRegistry(
                sp.GetRequiredService<ReminderTable>(), sp.GetRequiredService<GrainTypeRegistry>(), sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton(sp => new ReminderService(
                sp.GetRequiredService<ReminderTable>(), sp.GetRequiredService<GrainRuntime>(), sp.GetRequiredService<TimeProvider>(), Options(sp),
                sp.GetRequiredService<ILogger<ReminderService>>()));
            services.AddSingleton(sp => new EventFeed(
                sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetRequiredService<GrainRuntime>(), Options(sp), sp.GetRequiredService<ILogger<EventFeed>>()));
            services.AddSingleton<IEventFeed>(sp => sp.GetRequiredService<EventFeed>());
        }

        return services;
    }

    private static LiveSalesRuntimeOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<LiveSalesRuntimeOptions>>().Value;
}
