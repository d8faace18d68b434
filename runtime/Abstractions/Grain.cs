namespace LiveSales.Runtime;

/// <summary>
/// Base class of grain implementations. Constructors take services from DI and
/// <see cref="PersistentStateAttribute"/> parameters; the runtime binds the activation before
/// <see cref="OnActivateAsync"/> runs, so the members below may be used from then on.
/// </summary>
public abstract class Grain
{
    private IGrainContext? _context;

    /// <summary>Binds the activation being created, so constructors may already use the grain's identity.</summary>
    protected Grain()
    {
        _context = Core.GrainConstruction.Current;
    }

    internal IGrainContext Context
    {
        get => _context ?? throw new InvalidOperationException("The grain is not bound to an activation yet; use it from OnActivateAsync on.");
        set => _context = value;
    }

    public GrainId GrainId => Context.GrainId;

    protected IGrainFactory GrainFactory => Context.GrainFactory;

    public string GetPrimaryKeyString() => GrainId.Key;

    public Guid GetPrimaryKey() => Guid.ParseExact(GrainId.Key, "N");

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivate once the current request completes.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();

    /// <summary>A timer whose callbacks run as turns of this activation; gone when the activation is.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        Context.RegisterTimer(callback, dueTime, period);

    /// <summary>
    /// Registers (or moves) a durable reminder: first tick after <paramref name="dueTime"/>, then every
    /// <paramref name="period"/> (at least one second), or once when the period is null.
    /// </summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan? period) =>
        Context.Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueTime, period);

    protected Task UnregisterReminder(string reminderName) => Context.Reminders.UnregisterAsync(GrainId, reminderName);

    protected Task<IGrainReminder?> GetReminder(string reminderName) => Context.Reminders.GetAsync(GrainId, reminderName);

    protected Task<IReadOnlyList<IGrainReminder>> GetReminders() => Context.Reminders.ListAsync(GrainId);

    /// <summary>
    /// Stages a domain event. It is stored in the same transaction as this grain's next state write
    /// (and discarded if that write fails), and reaches every silo's <see cref="IEventFeed"/>.
    /// </summary>
    protected void RaiseEvent<TEvent>(TEvent @event)
        where TEvent : notnull => Context.RaiseEvent(@event);
}

/// <summary>What the runtime gives an activation. Implemented by the runtime, never by grains.</summary>
internal interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    IGrainReminderRegistry Reminders { get; }

    void DeactivateOnIdle();

    IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period);

    void RaiseEvent(object @event);
}

/// <summary>Durable reminders of grains, kept in storage.</summary>
public interface IGrainReminderRegistry
{
    Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grain, string reminderName, TimeSpan dueTime, TimeSpan? period);

    Task UnregisterAsync(GrainId grain, string reminderName);

    Task<IGrainReminder?> GetAsync(GrainId grain, string reminderName);

    Task<IReadOnlyList<IGrainReminder>> ListAsync(GrainId grain);
}
