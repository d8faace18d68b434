using LiveSales.Api.GraphQL;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.Tests.Schema;

public class SchemaContractTests
{
    private static readonly LiveSales.GraphQL.Types.Schema s_schema = LiveSalesSchema.Create();

    public static TheoryData<string, string> ContractFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in Parser.Parse(ApiContract.Sdl).Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            foreach (var field in type.Fields)
            {
                data.Add(type.Name.Value, field.Name.Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContractFields))]
    public void Every_field_of_API_md_exists_with_its_exact_type_and_arguments(string typeName, string fieldName)
    {
        var contract = Parser.Parse(ApiContract.Sdl).Definitions.OfType<ObjectTypeDefinitionNode>()
            .Single(t => t.Name.Value == typeName).Fields.Single(f => f.Name.Value == fieldName);
        var type = Assert.IsAssignableFrom<ComplexType>(s_schema.GetType(typeName));
        var field = type.GetField(fieldName);

        Assert.NotNull(field);
        Assert.Equal(Printer.Print(contract.Type), field.Type.ToString());
        foreach (var argument in contract.Arguments)
        {
            Assert.Equal(Printer.Print(argument.Type), field.GetArgument(argument.Name.Value)?.Type.ToString());
        }

        // Extensions may add optional arguments only: a client of API.md never has to send more.
        Assert.All(field.Arguments.Where(a => contract.Arguments.All(c => c.Name.Value != a.Name)),
            extra => Assert.False(extra.IsRequired, $"{typeName}.{fieldName}({extra.Name}) must be optional"));
    }

    [Theory]
    [InlineData("Role", new[] { "ADMIN", "MANAGER", "REP", "WALLBOARD" })]
    [InlineData("Channel", new[] { "CALL", "VISIT", "EMAIL", "MEETING", "MESSAGE" })]
    [InlineData("LeadStatus", new[] { "NEW", "ASSIGNED", "CONTACTED", "QUALIFIED", "CONVERTED", "DISQUALIFIED" })]
    public void Enums_have_exactly_the_values_of_API_md(string name, string[] values)
    {
        var type = Assert.IsType<EnumType>(s_schema.GetType(name));
        Assert.Equal(values, type.Values.Select(v => v.Name));
    }

    [Theory]
    [InlineData("CustomerConnection", "Customer")]
    [InlineData("UserConnection", "User")]
    [InlineData("LeadConnection", "Lead")]
    [InlineData("FollowUpConnection", "FollowUp")]
    [InlineData("OpportunityConnection", "Opportunity")]
    public void Lists_are_Relay_connections(string connection, string node)
    {
        var type = Assert.IsType<ObjectType>(s_schema.GetType(connection));
        Assert.Equal($"[{node}Edge!]!", type.GetField("edges")?.Type.ToString());
        Assert.Equal($"[{node}!]!", type.GetField("nodes")?.Type.ToString());
        Assert.Equal("PageInfo!", type.GetField("pageInfo")?.Type.ToString());
        Assert.Equal("Int!", type.GetField("totalCount")?.Type.ToString());
        var edge = Assert.IsType<ObjectType>(s_schema.GetType(node + "Edge"));
        Assert.Equal("String!", edge.GetField("cursor")?.Type.ToString());
        Assert.Equal(node + "!", edge.GetField("node")?.Type.ToString());
        var pageInfo = Assert.IsType<ObjectType>(s_schema.GetType("PageInfo"));
        Assert.Equal("Boolean!", pageInfo.GetField("hasNextPage")?.Type.ToString());
        Assert.Equal("String", pageInfo.GetField("endCursor")?.Type.ToString());
    }

    [Theory]
    [InlineData("CreateTeamInput", "name", "managerId")]
    [InlineData("CreateUserInput", "email", "password", "name", "role", "teamId", "region", "industries")]
    [InlineData("CreatePoolInput", "name", "rules", "teamIds")]
    [InlineData("CreateCustomerInput", "name", "region", "industry", "tier", "ownerId", "poolId")]
    [InlineData("LogFollowUpInput", "customerId", "leadId", "opportunityId", "channel", "summary", "nextFollowUpAt")]
    [InlineData("CreateOpportunityInput", "customerId", "name", "amount", "stage")]
    [InlineData("PoolRulesInput", "returnAfterNoFollowUp", "returnAfterNoDeal", "remindBefore", "exemptWon", "exemptOpenOpportunity", "claimLimitPerDay", "formerOwnerCooldown", "maxOwnedPerRep")]
    public void Inputs_have_the_fields_API_md_names(string input, params string[] fields)
    {
        var type = Assert.IsType<InputObjectType>(s_schema.GetType(input));
        Assert.All(fields, f => Assert.True(type.Fields.ContainsKey(f), $"{input}.{f} is missing"));
    }

    [Fact]
    public void Pool_rules_input_shows_the_product_defaults()
    {
        var sdl = s_schema.ToSdl();

        Assert.Contains("returnAfterNoFollowUp: Duration = \"P30D\"", sdl, StringComparison.Ordinal);
        Assert.Contains("remindBefore: [Duration!]! = [\"P3D\", \"P1D\"]", sdl, StringComparison.Ordinal);
        Assert.Contains("exemptWon: Boolean! = true", sdl, StringComparison.Ordinal);
        Assert.Contains("exemptOpenOpportunity: Boolean! = false", sdl, StringComparison.Ordinal);
        Assert.Contains("claimLimitPerDay: Int = 20", sdl, StringComparison.Ordinal);
        Assert.Contains("formerOwnerCooldown: Duration = \"P7D\"", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscriptions_offer_alerts_and_pool_changes()
    {
        var subscription = s_schema.SubscriptionType!;

        Assert.Equal("Alert!", subscription.GetField("alerts")?.Type.ToString());
        Assert.Equal("PoolChange!", subscription.GetField("poolChanged")?.Type.ToString());
        Assert.Equal("ID!", subscription.GetField("poolChanged")?.GetArgument("poolId")?.Type.ToString());
    }
}
