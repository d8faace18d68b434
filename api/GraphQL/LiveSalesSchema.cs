using LiveSales.Api.GraphQL.Relay;
using LiveSales.Api.GraphQL.Scalars;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>The LiveSales GraphQL schema (API.md and its extensions), one group of types per file.</summary>
public static class LiveSalesSchema
{
    public static Schema Create() => new SchemaBuilder()
        .Description("LiveSales: a real-time sales engine. Sign in with the login mutation and send the token as 'Authorization: Bearer TOKEN'.")
        .Scalar(new DateTimeScalar())
        .Scalar(new DurationScalar())
        .Scalar(new DecimalScalar())
        .Scalar(new DateScalar())
        .AddPageInfo()
        .AddAuth()
        .AddUsersAndTeams()
        .AddPools()
        .AddCustomers()
        .AddFollowUps()
        .AddLeads()
        .AddOpportunities()
        .AddAssignment()
        .AddSubscriptions()
        .Build();
}
