using LiveSales.Runtime;

namespace LiveSales.Grains.Common;

/// <summary>
/// A grain with one persistent state. A write that fails leaves the in-memory state ahead of
/// storage, so the activation is dropped and the next call starts from what was stored.
/// </summary>
public abstract class StatefulGrain<TState>(IPersistentState<TState> persistent, TimeProvider clock) : Grain
    where TState : class, new()
{
    protected TState State => persistent.State;

    protected bool Exists => persistent.RecordExists;

    protected TimeProvider Clock => clock;

    protected DateTimeOffset Now => clock.GetUtcNow();

    protected string Id => GetPrimaryKeyString();

    protected async Task WriteAsync()
    {
        try
        {
            await persistent.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Writes the state and keeps a one-shot reminder at <paramref name="due"/> (null: none). When it
    /// must fire sooner than <paramref name="armed"/> it is moved before the write, otherwise after
    /// it: a failed write or move can only make it fire early, and an early tick re-arms.
    /// </summary>
    protected async Task WriteWithReminderAsync(string reminder, DateTimeOffset? armed, DateTimeOffset? due)
    {
        var armFirst = due is { } sooner && (armed is null || sooner < armed);
        if (armFirst)
        {
            await RegisterOneShotAsync(reminder, due!.Value).ConfigureAwait(true);
        }

        await WriteAsync().ConfigureAwait(true);
        if (!armFirst && due != armed)
        {
            if (due is { } later)
            {
                await RegisterOneShotAsync(reminder, later).ConfigureAwait(true);
            }
            else
            {
                await UnregisterReminder(reminder).ConfigureAwait(true);
            }
        }
    }

    /// <summary>Registers (or moves) a one-shot reminder to fire at <paramref name="at"/> (at once if past).</summary>
    protected Task RegisterOneShotAsync(string name, DateTimeOffset at)
    {
        var wait = at - Now;
        return RegisterOrUpdateReminder(name, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, null);
    }
}
