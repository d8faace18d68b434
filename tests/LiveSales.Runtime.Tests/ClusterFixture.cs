using LiveSales.Runtime.Tests.Grains;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Runtime.Tests;

/// <summary>One silo shared by the tests of a class whose grains never collide (each test uses its own keys).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public static TestClusterOptions Options(int silos = 1, Action<LiveSales.Runtime.Hosting.LiveSalesRuntimeOptions>? runtime = null)
    {
        var options = new TestClusterOptions
        {
            Silos = silos,
            ConfigureRuntime = runtime,
            ConfigureServices = services =>
            {
                services.AddSingleton<ActivationLog>();
                services.AddSingleton<TickLog>();
            },
        };
        options.GrainAssemblies.Add(typeof(PingGrain).Assembly);
        return options;
    }

    public async Task InitializeAsync() => Cluster = await TestCluster.StartAsync(Options());

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
