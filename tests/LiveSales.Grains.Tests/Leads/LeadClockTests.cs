using LiveSales.Grains.Leads;

namespace LiveSales.Grains.Tests.Leads;

public class LeadClockTests
{
    private static readonly DateTimeOffset s_assigned = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Untouched_assigned_lead_must_be_accepted_within_the_deadline() =>
        Assert.Equal(s_assigned.AddHours(4), LeadClock.AcceptBy(true, s_assigned, TimeSpan.FromHours(4)));

    [Fact]
    public void Touched_lead_or_no_deadline_has_no_acceptance_time()
    {
        Assert.Null(LeadClock.AcceptBy(false, s_assigned, TimeSpan.FromHours(4)));
        Assert.Null(LeadClock.AcceptBy(true, s_assigned, null));
    }

    [Fact]
    public void Next_due_is_the_earlier_of_acceptance_and_follow_up()
    {
        Assert.Equal(s_assigned.AddHours(1), LeadClock.NextDue(s_assigned.AddHours(4), s_assigned.AddHours(1), null));
        Assert.Equal(s_assigned.AddHours(4), LeadClock.NextDue(s_assigned.AddHours(4), s_assigned.AddHours(1), s_assigned.AddHours(1)));
        Assert.Null(LeadClock.NextDue(null, null, null));
    }

    [Fact]
    public void Acceptance_is_missed_at_the_deadline_not_before()
    {
        Assert.False(LeadClock.AcceptanceMissed(s_assigned.AddHours(4), s_assigned.AddHours(4).AddTicks(-1)));
        Assert.True(LeadClock.AcceptanceMissed(s_assigned.AddHours(4), s_assigned.AddHours(4)));
    }

    [Fact]
    public void Follow_up_due_fires_once_per_scheduled_time()
    {
        var next = s_assigned.AddDays(1);

        Assert.True(LeadClock.FollowUpDue(next, null, next));
        Assert.False(LeadClock.FollowUpDue(next, next, next.AddHours(1)));
        Assert.False(LeadClock.FollowUpDue(next, null, next.AddTicks(-1)));
    }
}
