using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

public sealed class Profile
{
    public string Name { get; set; } = "";

    public int Visits { get; set; }

    public List<string> Tags { get; set; } = [];
}

public sealed record NameChanged(string Name);

[EventType("VisitCounted")]
public sealed record Visited(int Visits);

/// <summary>A grain with one persistent state and a count of its activations.</summary>
public interface IProfileGrain : IGrainWithStringKey
{
    Task SetName(string name);

    Task<int> Visit();

    Task<Profile> Get();

    Task<string?> Etag();

    Task<bool> RecordExists();

    Task Clear();

    Task<int> Activations();

    Task Deactivate();

    /// <summary>Raises two events, then writes (stored atomically together).</summary>
    Task Rename(string name);
}

[GrainType("profile")]
public sealed class ProfileGrain([PersistentState("profile")] IPersistentState<Profile> profile, ActivationLog log) : Grain, IProfileGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Activated(GrainId);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Deactivated(GrainId, reason);
        return Task.CompletedTask;
    }

    public async Task SetName(string name)
    {
        profile.State.Name = name;
        await profile.WriteStateAsync();
    }

    public async Task<int> Visit()
    {
        profile.State.Visits++;
        await profile.WriteStateAsync();
        return profile.State.Visits;
    }

    public Task<Profile> Get() => Task.FromResult(profile.State);

    public Task<string?> Etag() => Task.FromResult(profile.Etag);

    public Task<bool> RecordExists() => Task.FromResult(profile.RecordExists);

    public Task Clear() => profile.ClearStateAsync();

    public Task<int> Activations() => Task.FromResult(log.Count(GrainId));

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public async Task Rename(string name)
    {
        profile.State.Name = name;
        profile.State.Visits++;
        RaiseEvent(new NameChanged(name));
        RaiseEvent(new Visited(profile.State.Visits));
        await profile.WriteStateAsync();
    }
}

/// <summary>Two states of one grain, stored independently.</summary>
public interface ITwoStateGrain : IGrainWithStringKey
{
    Task Set(string firstName, string secondName);

    Task SetFirst(string firstName);

    Task<string[]> Get();
}

public sealed class TwoStateGrain(
    [PersistentState("first")] IPersistentState<Profile> first,
    [PersistentState("second")] IPersistentState<Profile> second) : Grain, ITwoStateGrain
{
    public async Task Set(string firstName, string secondName)
    {
        first.State.Name = firstName;
        second.State.Name = secondName;
        await first.WriteStateAsync();
        await second.WriteStateAsync();
    }

    public async Task SetFirst(string firstName)
    {
        first.State.Name = firstName;
        await first.WriteStateAsync();
    }

    public Task<string[]> Get() => Task.FromResult(new[] { first.State.Name, second.State.Name });
}
