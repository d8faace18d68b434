using System.Collections.Concurrent;
using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

/// <summary>Every reminder tick any silo delivered in a test.</summary>
public sealed class TickLog
{
    private readonly ConcurrentQueue<(GrainId Grain, string Reminder, TickStatus Status)> _ticks = new();

    public void Add(GrainId grain, string reminder, TickStatus status) => _ticks.Enqueue((grain, reminder, status));

    public IReadOnlyList<(GrainId Grain, string Reminder, TickStatus Status)> All => [.. _ticks];

    public int Count => _ticks.Count;

    public IReadOnlyList<TickStatus> Of(GrainId grain, string reminder) =>
        [.. _ticks.Where(t => t.Grain == grain && t.Reminder == reminder).Select(t => t.Status)];
}

public interface IAlarmGrain : IGrainWithStringKey, IRemindable
{
    Task Set(string name, TimeSpan due, TimeSpan? period);

    Task Cancel(string name);

    Task<IReadOnlyList<string>> Names();

    Task<GrainId> Id();
}

[GrainType("alarm")]
public sealed class AlarmGrain(TickLog ticks) : Grain, IAlarmGrain
{
    public Task Set(string name, TimeSpan due, TimeSpan? period) => RegisterOrUpdateReminder(name, due, period);

    public Task Cancel(string name) => UnregisterReminder(name);

    public async Task<IReadOnlyList<string>> Names() => [.. (await GetReminders()).Select(r => r.ReminderName)];

    public Task<GrainId> Id() => Task.FromResult(GrainId);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.Add(GrainId, reminderName, status);

        // "flaky" fails its first delivery, so the silo keeps a lease on it for the retry delay.
        if (reminderName == "flaky" && ticks.Of(GrainId, reminderName).Count == 1)
        {
            throw new InvalidOperationException("the first delivery of flaky fails");
        }

        // "snooze" moves itself inside its own handler, as return clocks do.
        if (reminderName == "snooze")
        {
            await RegisterOrUpdateReminder(reminderName, TimeSpan.FromMinutes(10), null);
        }
    }
}
