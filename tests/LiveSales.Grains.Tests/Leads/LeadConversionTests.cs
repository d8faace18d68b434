using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.Grains.Leads;

namespace LiveSales.Grains.Tests.Leads;

public class LeadConversionTests
{
    private static readonly LeadView s_lead = new()
    {
        Id = "lead-1",
        Name = "Mia Chen",
        Company = "Northwind",
        Title = "Buyer",
        Email = "mia@northwind.test",
        Phone = "+49 30 1234",
        Source = "web",
        Region = "EU",
        Industry = "Retail",
        Tags = ["expo"],
        Status = LeadStatus.Qualified,
        OwnerId = "rep-1",
        PoolId = "pool-eu",
    };

    [Fact]
    public void Lead_fields_map_to_the_customer_and_its_first_contact()
    {
        var (customer, opportunity) = LeadConversion.Map(s_lead, new ConvertLeadInput());

        Assert.Equal("Northwind", customer.Name);
        Assert.Equal("EU", customer.Region);
        Assert.Equal("Retail", customer.Industry);
        Assert.Equal("web", customer.Source);
        Assert.Equal(["expo"], customer.Tags);
        Assert.Equal("rep-1", customer.OwnerId);
        Assert.Equal("pool-eu", customer.PoolId);
        Assert.Equal("lead-1", customer.LeadId);
        var contact = Assert.Single(customer.Contacts!);
        Assert.Equal(("Mia Chen", "Buyer", "mia@northwind.test", "+49 30 1234"), (contact.Name, contact.Title, contact.Email, contact.Phone));
        Assert.Null(opportunity);
    }

    [Fact]
    public void Lead_without_company_becomes_a_customer_named_after_the_person() =>
        Assert.Equal("Mia Chen", LeadConversion.Map(s_lead with { Company = null }, new ConvertLeadInput()).Customer.Name);

    [Fact]
    public void Input_overrides_the_mapping()
    {
        var (customer, _) = LeadConversion.Map(s_lead, new ConvertLeadInput { CustomerName = "Northwind GmbH", Region = "DACH", Tier = "key account", Tags = ["vip"], PoolId = "key" });

        Assert.Equal(("Northwind GmbH", "DACH", "key account", "key"), (customer.Name, customer.Region, customer.Tier, customer.PoolId));
        Assert.Equal(["vip"], customer.Tags);
    }

    [Fact]
    public void Optional_opportunity_belongs_to_the_new_customer()
    {
        var (_, opportunity) = LeadConversion.Map(s_lead, new ConvertLeadInput { CreateOpportunity = true, OpportunityAmount = 12_500m, OpportunityStage = "PROPOSAL" });

        Assert.NotNull(opportunity);
        Assert.Equal(("lead-1", "Northwind — first deal", 12_500m, "PROPOSAL", "lead-1"), (opportunity.CustomerId, opportunity.Name, opportunity.Amount, opportunity.Stage, opportunity.LeadId));
    }

    [Fact]
    public void Closed_stage_for_the_new_opportunity_is_refused() =>
        Assert.Equal(ErrorCode.BadUserInput, Assert.Throws<DomainException>(() => LeadConversion.Map(s_lead, new ConvertLeadInput { CreateOpportunity = true, OpportunityStage = "WON" })).Code);

    [Fact]
    public void Disqualified_lead_is_not_converted() =>
        Assert.Equal(ErrorCode.Conflict, Assert.Throws<DomainException>(() => LeadConversion.Map(s_lead with { Status = LeadStatus.Disqualified }, new ConvertLeadInput())).Code);
}
