namespace LiveSales.Grains.Customers;

/// <summary>
/// What the clock already did, so that a reminder tick delivered twice does nothing twice: the
/// warnings sent for one deadline (a moved deadline starts afresh) and the follow-up time alerted.
/// </summary>
public sealed record ClockMarks
{
    public static ClockMarks None { get; } = new();

    public DateTimeOffset? WarnedDeadline { get; init; }

    public IReadOnlyList<TimeSpan> WarningsSent { get; init; } = [];

    public DateTimeOffset? FollowUpDueAlertedFor { get; init; }

    public bool WarningSent(DateTimeOffset deadline, TimeSpan remindBefore) =>
        WarnedDeadline == deadline && WarningsSent.Contains(remindBefore);
}
