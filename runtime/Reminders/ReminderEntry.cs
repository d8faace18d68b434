namespace LiveSales.Runtime.Reminders;

internal sealed record ReminderEntry(string ReminderName, DateTimeOffset DueAt, TimeSpan? Period) : IGrainReminder;
