namespace LiveSales.Runtime.Storage;

/// <summary>One state write (or clear, when <see cref="Json"/> is null) with its events, waiting for a group commit.</summary>
internal sealed class PendingWrite(GrainId grain, string stateName, long expectedVersion, string? json, IReadOnlyList<SerializedEvent> events, DateTimeOffset at)
{
    private readonly TaskCompletionSource<long> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GrainId Grain { get; } = grain;

    public string StateName { get; } = stateName;

    public long ExpectedVersion { get; } = expectedVersion;

    public string? Json { get; } = json;

    public IReadOnlyList<SerializedEvent> Events { get; } = events;

    public DateTimeOffset At { get; } = at;

    /// <summary>The new version once committed.</summary>
    public Task<long> Done => _done.Task;

    public void Succeed(long version) => _done.TrySetResult(version);

    public void Fail(Exception exception) => _done.TrySetException(exception);

    public InconsistentStateException Stale() => new(
        $"State '{StateName}' of grain {Grain} was changed by another writer: this write expected version {ExpectedVersion}. The activation is dropped; the next call reloads.",
        ExpectedVersion == 0 ? null : ExpectedVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        null);
}
