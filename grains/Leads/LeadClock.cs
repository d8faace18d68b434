namespace LiveSales.Grains.Leads;

/// <summary>
/// The lead's one durable timer: the acceptance deadline of an assigned, untouched lead and the
/// FOLLOW_UP_DUE alert of its next follow-up.
/// </summary>
public static class LeadClock
{
    /// <summary>The acceptance deadline, or null when the lead is not waiting to be accepted.</summary>
    public static DateTimeOffset? AcceptBy(bool waitingForAcceptance, DateTimeOffset? assignedAt, TimeSpan? acceptWithin) =>
        waitingForAcceptance && assignedAt is { } at && acceptWithin is { } within ? at + within : null;

    public static DateTimeOffset? NextDue(DateTimeOffset? acceptBy, DateTimeOffset? nextFollowUpAt, DateTimeOffset? followUpAlertedFor)
    {
        var followUp = nextFollowUpAt is { } next && next != followUpAlertedFor ? next : (DateTimeOffset?)null;
        return (acceptBy, followUp) switch
        {
            ({ } a, { } f) => a < f ? a : f,
            ({ } a, null) => a,
            (null, { } f) => f,
            _ => null,
        };
    }

    public static bool AcceptanceMissed(DateTimeOffset? acceptBy, DateTimeOffset now) => acceptBy is { } at && at <= now;

    public static bool FollowUpDue(DateTimeOffset? nextFollowUpAt, DateTimeOffset? followUpAlertedFor, DateTimeOffset now) =>
        nextFollowUpAt is { } next && next != followUpAlertedFor && next <= now;
}
