using LiveSales.Runtime.Core;
using LiveSales.Runtime.Storage;

namespace LiveSales.Runtime.Reminders;

/// <summary>Registers, moves and removes grains' durable reminders.</summary>
internal sealed class ReminderRegistry(ReminderTable table, GrainTypeRegistry grains, TimeProvider time) : IGrainReminderRegistry
{
    public static readonly TimeSpan MinimumPeriod = TimeSpan.FromSeconds(1);

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grain, string reminderName, TimeSpan dueTime, TimeSpan? period)
    {
        Validate(grain, reminderName);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period is { } p && p < MinimumPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), p, $"A reminder period must be at least {MinimumPeriod.TotalSeconds:0} second (or null for a one-shot reminder).");
        }

        if (!grains.TryGetClass(grain.Type, out var grainClass) || !grainClass.Remindable)
        {
            throw new InvalidOperationException($"Grain {grain} cannot receive reminders: its class must implement IRemindable.");
        }

        var dueAt = time.GetUtcNow() + dueTime;
        await Guard(() => table.UpsertAsync(grain, reminderName, dueAt, period), grain).ConfigureAwait(false);
        return new ReminderEntry(reminderName, dueAt, period);
    }

    public Task UnregisterAsync(GrainId grain, string reminderName)
    {
        Validate(grain, reminderName);
        return Guard(() => table.DeleteAsync(grain, reminderName), grain);
    }

    public async Task<IGrainReminder?> GetAsync(GrainId grain, string reminderName)
    {
        Validate(grain, reminderName);
        var found = await Guard(() => table.ListAsync(grain, reminderName), grain).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<IGrainReminder>> ListAsync(GrainId grain) =>
        await Guard(() => table.ListAsync(grain, null), grain).ConfigureAwait(false);

    private static void Validate(GrainId grain, string reminderName)
    {
        ArgumentException.ThrowIfNullOrEmpty(grain.Type, nameof(grain));
        ArgumentException.ThrowIfNullOrEmpty(grain.Key, nameof(grain));
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
    }

    private static async Task Guard(Func<Task> action, GrainId grain)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (StorageErrors.IsUnavailable(e))
        {
            throw StorageErrors.Unavailable($"reminders of {grain}", e);
        }
    }

    private static async Task<T> Guard<T>(Func<Task<T>> action, GrainId grain)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (StorageErrors.IsUnavailable(e))
        {
            throw StorageErrors.Unavailable($"reminders of {grain}", e);
        }
    }
}
