namespace LiveSales.Runtime.Reminders;

/// <summary>A reminder tick claimed by this silo; <see cref="Version"/> tells whether it was re-registered since.</summary>
internal sealed record DueReminder(GrainId Grain, string Name, DateTimeOffset FirstTick, TimeSpan? Period, DateTimeOffset DueAt, long Version)
{
    /// <summary>The first tick after <paramref name="now"/> (ticks missed while no silo ran fold into the one delivered).</summary>
    public DateTimeOffset NextDue(DateTimeOffset now)
    {
        var period = Period!.Value;
        var missed = now > DueAt ? (now - DueAt).Ticks / period.Ticks : 0;
        return DueAt + TimeSpan.FromTicks(period.Ticks * (missed + 1));
    }
}
