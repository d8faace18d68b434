namespace LiveSales.Grains.Customers;

public enum ClockActionKind
{
    FollowUpDue,
    ReturnWarning,
    Return,
}

/// <summary>
/// One thing the clock must do. A warning covers every remind-before offset that is due at once
/// (a late tick sends one warning, not three).
/// </summary>
public sealed record ClockAction(ClockActionKind Kind, DateTimeOffset At, IReadOnlyList<TimeSpan> Warnings);
