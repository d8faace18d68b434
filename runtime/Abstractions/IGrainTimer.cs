namespace LiveSales.Runtime;

/// <summary>
/// A timer that lives as long as its activation. Callbacks run as turns of the grain (they do
/// not interleave with requests) and are not durable: use reminders for anything that must happen.
/// </summary>
public interface IGrainTimer : IDisposable
{
    void Change(TimeSpan dueTime, TimeSpan period);
}
