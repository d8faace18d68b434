namespace LiveSales.Runtime;

public enum DeactivationReason
{
    /// <summary>Not called for longer than the collection age.</summary>
    IdleCollected,

    /// <summary>The grain called <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>A write found newer state in storage, or the feed showed a newer version.</summary>
    StaleState,

    /// <summary>Activation failed (state unreadable, <see cref="Grain.OnActivateAsync"/> threw).</summary>
    ActivationFailed,

    /// <summary>The silo is stopping.</summary>
    ShuttingDown,

    /// <summary>
    /// A write failed for another reason (storage unavailable, a statement error): the in-memory
    /// state may hold changes that were not stored, so the next call reloads.
    /// </summary>
    WriteFailed,
}
