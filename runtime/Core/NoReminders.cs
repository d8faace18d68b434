namespace LiveSales.Runtime.Core;

/// <summary>Stands in for the reminder registry when no storage is configured.</summary>
internal sealed class NoReminders : IGrainReminderRegistry
{
    public static readonly NoReminders Instance = new();

    public Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grain, string reminderName, TimeSpan dueTime, TimeSpan? period) => throw NotConfigured();

    public Task UnregisterAsync(GrainId grain, string reminderName) => throw NotConfigured();

    public Task<IGrainReminder?> GetAsync(GrainId grain, string reminderName) => throw NotConfigured();

    public Task<IReadOnlyList<IGrainReminder>> ListAsync(GrainId grain) => throw NotConfigured();

    private static InvalidOperationException NotConfigured() => new("Reminders need storage; call UsePostgres when adding the runtime.");
}
