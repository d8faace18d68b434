using LiveSales.Api.GraphQL.Scalars;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.Api.Tests.Units;

public class ScalarTests
{
    [Theory]
    [InlineData("2026-01-05T09:00:00Z", "2026-01-05T09:00:00Z")]
    [InlineData("2026-01-05T10:30:00+01:30", "2026-01-05T09:00:00Z")]
    [InlineData("2026-01-05T09:00:00.250-00:00", "2026-01-05T09:00:00.25Z")]
    public void DateTime_reads_times_with_an_offset_and_writes_them_in_UTC(string input, string output)
    {
        var scalar = new DateTimeScalar();

        Assert.Equal(output, scalar.Serialize(scalar.ParseValue(input)));
    }

    [Theory]
    [InlineData("2026-01-05T09:00:00")]
    [InlineData("2026-01-05")]
    [InlineData("yesterday")]
    [InlineData("2026-13-05T09:00:00Z")]
    public void DateTime_refuses_times_without_an_offset_and_non_dates(string input) =>
        Assert.Throws<GraphQLError>(() => new DateTimeScalar().ParseValue(input));

    [Theory]
    [InlineData("P30D", "P30D")]
    [InlineData("PT6S", "PT6S")]
    [InlineData("PT90M", "PT1H30M")]
    [InlineData("P1W", "P7D")]
    public void Duration_reads_ISO_8601_and_writes_it_back(string input, string output)
    {
        var scalar = new DurationScalar();

        Assert.Equal(output, scalar.Serialize(scalar.ParseValue(input)));
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("30")]
    [InlineData("-P1D")]
    public void Duration_refuses_calendar_units_and_non_durations(string input) =>
        Assert.Throws<GraphQLError>(() => new DurationScalar().ParseValue(input));

    [Fact]
    public void Decimal_reads_literals_exactly_and_writes_JSON_numbers()
    {
        var scalar = new DecimalScalar();

        Assert.Equal(0.1m, scalar.ParseLiteral(Parser.ParseConstValue("0.1")));
        Assert.Equal(12500.50m, scalar.ParseLiteral(Parser.ParseConstValue("12500.50")));
        Assert.Equal(7m, scalar.ParseValue(7));
        Assert.Equal(1200.5m, scalar.Serialize(1200.5m));
        Assert.Throws<GraphQLError>(() => scalar.ParseValue("12"));
        Assert.Throws<GraphQLError>(() => scalar.ParseLiteral(Parser.ParseConstValue("\"12\"")));
    }

    [Fact]
    public void Date_is_a_calendar_date()
    {
        var scalar = new DateScalar();

        Assert.Equal(new DateOnly(2026, 3, 31), scalar.ParseValue("2026-03-31"));
        Assert.Equal("2026-03-31", scalar.Serialize(new DateOnly(2026, 3, 31)));
        Assert.Throws<GraphQLError>(() => scalar.ParseValue("31/03/2026"));
    }
}
