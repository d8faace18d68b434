using LiveSales.Runtime;
using LiveSales.Runtime.Core;
using LiveSales.Runtime.Events;
using LiveSales.Runtime.Hosting;
using LiveSales.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LiveSales.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>: its own host and service provider.</summary>
public sealed class TestSilo
{
    internal TestSilo(int index, IHost host)
    {
        Index = index;
        Host = host;
    }

    public int Index { get; }

    public bool IsRunning { get; internal set; } = true;

    public IServiceProvider Services => Host.Services;

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Activations currently on this silo.</summary>
    public int ActivationCount => Runtime.Directory.Count;

    internal IHost Host { get; }

    internal GrainRuntime Runtime => Services.GetRequiredService<GrainRuntime>();

    internal ReminderService Reminders => Services.GetRequiredService<ReminderService>();

    internal EventFeed Feed => Services.GetRequiredService<EventFeed>();

    internal IdleCollector Collector => Services.GetRequiredService<IdleCollector>();

    internal RuntimeHostedService Lifetime => Services.GetRequiredService<RuntimeHostedService>();

    /// <summary>Whether this silo holds an activation of the grain.</summary>
    public bool IsActive(GrainId grain) => Runtime.TryGetActivation(grain, out _);

    /// <summary>Completes once this silo holds no activation of the grain (at once if it holds none).</summary>
    public Task WaitForDeactivationAsync(GrainId grain) =>
        Runtime.TryGetActivation(grain, out var activation) ? activation.Gone.WaitAsync(TimeSpan.FromSeconds(60)) : Task.CompletedTask;
}
