using LiveSales.GrainInterfaces.Pools;

namespace LiveSales.Grains.Customers;

/// <summary>
/// The customer's one durable timer, as plain rules: what is due now and when the next thing comes
/// due. Warnings come at deadline − remindBefore, but never before the clock started (a warning that
/// would precede the start is sent at the start). A tick at or after the deadline returns the
/// customer and skips warnings not yet sent.
/// </summary>
public static class CustomerClock
{
    /// <summary>When the reminder should next fire, or null when nothing is pending.</summary>
    public static DateTimeOffset? NextDue(ReturnDeadline? deadline, PoolRules rules, DateTimeOffset? nextFollowUpAt, ClockMarks marks)
    {
        DateTimeOffset? next = null;
        if (PendingFollowUpDue(nextFollowUpAt, marks) is { } followUp)
        {
            next = followUp;
        }

        if (deadline is not null)
        {
            next = Earlier(next, deadline.At);
            foreach (var (at, _) in PendingWarnings(deadline, rules, marks))
            {
                next = Earlier(next, at);
            }
        }

        return next;
    }

    /// <summary>Everything due at <paramref name="now"/>, follow-up alert first, at most one warning.</summary>
    public static IReadOnlyList<ClockAction> Due(ReturnDeadline? deadline, PoolRules rules, DateTimeOffset? nextFollowUpAt, ClockMarks marks, DateTimeOffset now)
    {
        var actions = new List<ClockAction>();
        if (PendingFollowUpDue(nextFollowUpAt, marks) is { } followUp && followUp <= now)
        {
            actions.Add(new ClockAction(ClockActionKind.FollowUpDue, followUp, []));
        }

        if (deadline is null)
        {
            return actions;
        }

        if (deadline.At <= now)
        {
            actions.Add(new ClockAction(ClockActionKind.Return, deadline.At, []));
            return actions;
        }

        var due = PendingWarnings(deadline, rules, marks).Where(w => w.At <= now).ToList();
        if (due.Count > 0)
        {
            actions.Add(new ClockAction(ClockActionKind.ReturnWarning, due.Max(w => w.At), due.Select(w => w.RemindBefore).ToList()));
        }

        return actions;
    }

    /// <summary>The marks after sending a warning for <paramref name="deadline"/>.</summary>
    public static ClockMarks MarkWarned(ClockMarks marks, ReturnDeadline deadline, IEnumerable<TimeSpan> remindBefore)
    {
        var sent = marks.WarnedDeadline == deadline.At ? marks.WarningsSent : [];
        return marks with { WarnedDeadline = deadline.At, WarningsSent = sent.Union(remindBefore).Order().ToList() };
    }

    private static DateTimeOffset? PendingFollowUpDue(DateTimeOffset? nextFollowUpAt, ClockMarks marks) =>
        nextFollowUpAt is { } at && marks.FollowUpDueAlertedFor != at ? at : null;

    private static IEnumerable<(DateTimeOffset At, TimeSpan RemindBefore)> PendingWarnings(ReturnDeadline deadline, PoolRules rules, ClockMarks marks)
    {
        foreach (var remindBefore in rules.RemindBefore.Where(r => r > TimeSpan.Zero).Distinct())
        {
            if (marks.WarningSent(deadline.At, remindBefore))
            {
                continue;
            }

            var at = deadline.At - remindBefore;
            yield return (at < deadline.ClockStart ? deadline.ClockStart : at, remindBefore);
        }
    }

    private static DateTimeOffset Earlier(DateTimeOffset? a, DateTimeOffset b) => a is { } value && value < b ? value : b;
}
