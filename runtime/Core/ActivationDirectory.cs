using System.Collections.Concurrent;

namespace LiveSales.Runtime.Core;

/// <summary>The activations of this silo, by grain.</summary>
internal sealed class ActivationDirectory
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();

    public int Count => _activations.Count;

    public IEnumerable<Activation> All => _activations.Values;

    public bool TryGet(GrainId id, out Activation activation) => _activations.TryGetValue(id, out activation!);

    public Activation GetOrAdd(Activation fresh) => _activations.GetOrAdd(fresh.GrainId, fresh);

    public void Remove(Activation activation) => _activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.GrainId, activation));
}
