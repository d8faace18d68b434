using System.Reflection;

namespace LiveSales.Runtime.Hosting;

/// <summary>What <c>AddLiveSalesRuntime</c> is told: which grains, which database, which options.</summary>
public sealed class LiveSalesRuntimeBuilder
{
    internal List<Assembly> Assemblies { get; } = [];

    internal string? ConnectionString { get; private set; }

    internal List<Action<LiveSalesRuntimeOptions>> Configurations { get; } = [];

    /// <summary>Registers every grain class of these assemblies.</summary>
    public LiveSalesRuntimeBuilder AddGrains(params Assembly[] assemblies)
    {
        Assemblies.AddRange(assemblies);
        return this;
    }

    /// <summary>State, events and reminders in this PostgreSQL database.</summary>
    public LiveSalesRuntimeBuilder UsePostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
        return this;
    }

    public LiveSalesRuntimeBuilder Configure(Action<LiveSalesRuntimeOptions> configure)
    {
        Configurations.Add(configure);
        return this;
    }
}
