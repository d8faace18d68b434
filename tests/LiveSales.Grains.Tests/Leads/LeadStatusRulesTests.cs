using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.Grains.Leads;

namespace LiveSales.Grains.Tests.Leads;

public class LeadStatusRulesTests
{
    [Theory]
    [InlineData(LeadStatus.Assigned, LeadStatus.Contacted)]
    [InlineData(LeadStatus.Contacted, LeadStatus.Qualified)]
    [InlineData(LeadStatus.Qualified, LeadStatus.Disqualified)]
    [InlineData(LeadStatus.New, LeadStatus.Disqualified)]
    [InlineData(LeadStatus.Disqualified, LeadStatus.Contacted)]
    public void Owner_may_move_an_open_lead_along(LeadStatus from, LeadStatus to) => LeadStatusRules.EnsureCanSet(from, to, owned: true);

    [Theory]
    [InlineData(LeadStatus.Contacted, LeadStatus.Converted, ErrorCode.BadUserInput)]
    [InlineData(LeadStatus.Contacted, LeadStatus.Assigned, ErrorCode.BadUserInput)]
    [InlineData(LeadStatus.Converted, LeadStatus.Disqualified, ErrorCode.Conflict)]
    [InlineData(LeadStatus.Disqualified, LeadStatus.Qualified, ErrorCode.Conflict)]
    public void Other_changes_are_refused(LeadStatus from, LeadStatus to, ErrorCode code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => LeadStatusRules.EnsureCanSet(from, to, owned: true)).Code);

    [Fact]
    public void Unowned_lead_cannot_be_qualified() =>
        Assert.Equal(ErrorCode.Conflict, Assert.Throws<DomainException>(() => LeadStatusRules.EnsureCanSet(LeadStatus.New, LeadStatus.Qualified, owned: false)).Code);

    [Fact]
    public void Touching_an_assigned_lead_makes_it_contacted_and_leaves_later_statuses_alone()
    {
        Assert.Equal(LeadStatus.Contacted, LeadStatusRules.AfterTouch(LeadStatus.Assigned));
        Assert.Equal(LeadStatus.Qualified, LeadStatusRules.AfterTouch(LeadStatus.Qualified));
    }
}
