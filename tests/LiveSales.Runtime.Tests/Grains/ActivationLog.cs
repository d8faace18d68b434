using System.Collections.Concurrent;
using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

/// <summary>Shared by the silos of a test: which grains activated and deactivated, and why.</summary>
public sealed class ActivationLog
{
    private readonly ConcurrentDictionary<GrainId, int> _activations = new();
    private readonly ConcurrentQueue<(GrainId Grain, DeactivationReason Reason)> _deactivations = new();

    public void Activated(GrainId grain) => _activations.AddOrUpdate(grain, 1, (_, n) => n + 1);

    public void Deactivated(GrainId grain, DeactivationReason reason) => _deactivations.Enqueue((grain, reason));

    public int Count(GrainId grain) => _activations.GetValueOrDefault(grain);

    public IReadOnlyList<DeactivationReason> DeactivationsOf(GrainId grain) =>
        [.. _deactivations.Where(d => d.Grain == grain).Select(d => d.Reason)];
}
