using System.Reflection;
using LiveSales.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Testing;

/// <summary>What a <see cref="TestCluster"/> runs: how many silos, which grains, which extra services.</summary>
public sealed class TestClusterOptions
{
    public int Silos { get; set; } = 1;

    public List<Assembly> GrainAssemblies { get; } = [];

    /// <summary>Extra registrations for every silo (fakes, domain services).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Runtime options for every silo (collection age, poll interval, batch sizes).</summary>
    public Action<LiveSalesRuntimeOptions>? ConfigureRuntime { get; set; }

    /// <summary>The clock every silo shares; a new one (2026-01-05 09:00 UTC) when not set.</summary>
    public FakeTimeProvider? Time { get; set; }

    /// <summary>A database to use (left in place on dispose); a fresh one, dropped on dispose, when not set.</summary>
    public TestDatabase? Database { get; set; }

    /// <summary>How silos reach the database, when not directly (e.g. through a proxy a test can cut).</summary>
    public string? SiloConnectionString { get; set; }
}
