using LiveSales.Runtime.Hosting;
using LiveSales.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Tests;

/// <summary>
/// A silo under write load that prints "ack KEY VISITS" after each write is acknowledged. The
/// crash test kills it with SIGKILL and checks every acknowledged write in the database.
/// </summary>
public static class CrashWriter
{
    public const int Writers = 32;

    public static async Task<int> RunAsync(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<ActivationLog>();
        builder.Services.AddLiveSalesRuntime(runtime => runtime.AddGrains(typeof(ProfileGrain).Assembly).UsePostgres(connectionString));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var output = TextWriter.Synchronized(Console.Out);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async writer =>
        {
            var key = $"crash-{writer}";
            var grain = grains.GetGrain<IProfileGrain>(key);
            while (true)
            {
                var visits = await grain.Visit();
                output.WriteLine($"ack {key} {visits}");
            }
        }));
        return 0;
    }
}
