namespace LiveSales.Runtime;

/// <summary>A grain that receives durable reminders. Delivery is at-least-once: handlers must be idempotent.</summary>
public interface IRemindable : IGrain
{
    Task ReceiveReminder(string reminderName, TickStatus status);
}

/// <summary>
/// One tick of a reminder: when the reminder first came due, its period (null for a one-shot
/// reminder) and the due time of this tick. A tick that came due while no silo ran is delivered
/// late with its original <see cref="CurrentTickTime"/>.
/// </summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan? Period, DateTimeOffset CurrentTickTime);

/// <summary>A registered reminder of the calling grain.</summary>
public interface IGrainReminder
{
    string ReminderName { get; }

    DateTimeOffset DueAt { get; }

    TimeSpan? Period { get; }
}
