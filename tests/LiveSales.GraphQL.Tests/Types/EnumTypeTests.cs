using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    private enum Role
    {
        Admin,
        SalesRep,
    }

    private static readonly EnumType s_colors = new("Color", [new EnumValueDefinition("RED"), new EnumValueDefinition("GREEN"), new EnumValueDefinition("BLUE")]);

    private static readonly EnumType s_roles = new("Role", [new EnumValueDefinition("ADMIN", Role.Admin), new EnumValueDefinition("SALES_REP", Role.SalesRep)])
    {
        ClrType = typeof(Role),
    };

    [Fact]
    public void Serializes_internal_values_to_names()
    {
        Assert.Equal("GREEN", s_colors.Serialize("GREEN"));
        Assert.Equal("SALES_REP", s_roles.Serialize(Role.SalesRep));
        using JsonDocument json = JsonDocument.Parse("\"BLUE\"");
        Assert.Equal("BLUE", s_colors.Serialize(json.RootElement));
    }

    [Fact]
    public void A_mapped_enum_also_serializes_its_names()
    {
        Assert.Equal("ADMIN", s_roles.Serialize("ADMIN"));
    }

    [Fact]
    public void Serializing_an_unknown_value_fails()
    {
        var error = Assert.Throws<GraphQLError>(() => s_colors.Serialize("PURPLE"));

        Assert.Equal("Enum \"Color\" cannot represent value: \"PURPLE\"", error.Message);
    }

    [Fact]
    public void Parses_names_to_internal_values()
    {
        Assert.Equal(Role.Admin, s_roles.ParseValue("ADMIN"));
        Assert.Equal(Role.SalesRep, s_roles.ParseLiteral(Parser.ParseValue("SALES_REP")));
    }

    [Theory]
    [InlineData("GRENE", "Value \"GRENE\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?")]
    [InlineData("red", "Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
    [InlineData("PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    public void Parsing_an_unknown_name_suggests_close_ones_as_graphql_js_does(string name, string message)
    {
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => s_colors.ParseValue(name)).Message);
    }

    [Fact]
    public void Parsing_non_names_fails_with_graphql_js_messages()
    {
        Assert.Equal(
            "Enum \"Color\" cannot represent non-string value: 1.",
            Assert.Throws<GraphQLError>(() => s_colors.ParseValue(1)).Message);
        Assert.Equal(
            "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLError>(() => s_colors.ParseLiteral(Parser.ParseValue("\"RED\""))).Message);
    }

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        Assert.Equal(
            "Value \"GRENE\" does not exist in \"Color\" enum.",
            Assert.Throws<GraphQLError>(() => s_colors.ParseValue("GRENE", hideSuggestions: true)).Message);
    }
}
