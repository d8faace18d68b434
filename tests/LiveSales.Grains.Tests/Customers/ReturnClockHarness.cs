using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Customers;
using LiveSales.Testing;

namespace LiveSales.Grains.Tests.Customers;

/// <summary>
/// The customer's reminder loop without a grain: a one-shot timer on the fake clock at the clock's
/// next due time; each tick applies what is due and sets the next one, as the grain does.
/// </summary>
internal sealed class ReturnClockHarness : IDisposable
{
    private ITimer? _timer;

    public ReturnClockHarness(PoolRules rules, FakeTimeProvider? clock = null)
    {
        Rules = rules;
        Clock = clock ?? new FakeTimeProvider();
    }

    public FakeTimeProvider Clock { get; }

    public PoolRules Rules { get; set; }

    public ReturnFacts Facts { get; private set; } = new();

    public ClockMarks Marks { get; private set; } = ClockMarks.None;

    public DateTimeOffset? NextFollowUpAt { get; private set; }

    public List<(ClockActionKind Kind, DateTimeOffset At)> Fired { get; } = [];

    public int Ticks { get; private set; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public ReturnDeadline? Deadline => ReturnRules.Deadline(Facts, Rules);

    public void Assign(string ownerId)
    {
        Facts = Facts with { OwnerId = ownerId, OwnedSince = Now, LastFollowUpAt = null };
        Marks = ClockMarks.None;
        Reschedule();
    }

    public void FollowUp(DateTimeOffset? next = null)
    {
        Facts = Facts with { LastFollowUpAt = Now };
        NextFollowUpAt = next;
        Reschedule();
    }

    public void Change(Func<ReturnFacts, ReturnFacts> change)
    {
        Facts = change(Facts);
        Reschedule();
    }

    public void Tick()
    {
        Ticks++;
        foreach (var action in CustomerClock.Due(Deadline, Rules, NextFollowUpAt, Marks, Now))
        {
            Fired.Add((action.Kind, Now));
            switch (action.Kind)
            {
                case ClockActionKind.Return:
                    Facts = Facts with { OwnerId = null, OwnedSince = null };
                    break;
                case ClockActionKind.ReturnWarning:
                    Marks = CustomerClock.MarkWarned(Marks, Deadline!, action.Warnings);
                    break;
                case ClockActionKind.FollowUpDue:
                    Marks = Marks with { FollowUpDueAlertedFor = action.At };
                    break;
            }
        }

        Reschedule();
    }

    public void Dispose() => _timer?.Dispose();

    private void Reschedule()
    {
        _timer?.Dispose();
        _timer = null;
        if (CustomerClock.NextDue(Deadline, Rules, NextFollowUpAt, Marks) is { } due)
        {
            var wait = due > Now ? due - Now : TimeSpan.Zero;
            _timer = Clock.CreateTimer(_ => Tick(), null, wait, Timeout.InfiniteTimeSpan);
        }
    }
}
