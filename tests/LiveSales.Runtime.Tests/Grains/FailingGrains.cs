using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

public interface IFailingGrain : IGrainWithStringKey
{
    Task<int> Ping();
}

/// <summary>Its constructor throws for keys starting with "ctor", OnActivateAsync for keys starting with "activate".</summary>
public sealed class FailingGrain : Grain, IFailingGrain
{
    public FailingGrain()
    {
        if (GetPrimaryKeyString().StartsWith("ctor", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("constructor refused " + GetPrimaryKeyString());
        }
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        GetPrimaryKeyString().StartsWith("activate", StringComparison.Ordinal)
            ? throw new InvalidOperationException("activation refused")
            : Task.CompletedTask;

    public Task<int> Ping() => Task.FromResult(1);
}
