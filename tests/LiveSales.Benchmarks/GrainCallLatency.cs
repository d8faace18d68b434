using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LiveSales.Benchmarks;

/// <summary>BenchmarkDotNet: one grain call against one direct interface call (in process, short run).</summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
public class GrainCallLatency
{
    private IHost? _host;
    private IPingGrain _grain = null!;
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The baseline calls through the interface, as a grain reference does.")]
    private readonly IPingGrain _direct = new DirectPing();

    [GlobalSetup]
    public void Setup()
    {
        _host = BenchSilo.StartAsync(connectionString: null).GetAwaiter().GetResult();
        _grain = _host.Services.GetRequiredService<IGrainFactory>().GetGrain<IPingGrain>("bdn");
    }

    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    [Benchmark(Baseline = true)]
    public Task<int> DirectCall() => _direct.Ping(1);

    [Benchmark]
    public Task<int> GrainCall() => _grain.Ping(1);

    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
