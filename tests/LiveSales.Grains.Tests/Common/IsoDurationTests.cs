using LiveSales.GrainInterfaces;

namespace LiveSales.Grains.Tests.Common;

public class IsoDurationTests
{
    [Theory]
    [InlineData("P30D", 30 * 86400)]
    [InlineData("PT6S", 6)]
    [InlineData("PT5S", 5)]
    [InlineData("P3D", 3 * 86400)]
    [InlineData("P1DT2H3M4S", 86400 + 7200 + 180 + 4)]
    [InlineData("PT24H", 86400)]
    [InlineData("P2W", 14 * 86400)]
    [InlineData("pt90m", 5400)]
    [InlineData("PT0.5S", 0.5)]
    public void Parses_days_hours_minutes_seconds_and_weeks(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), IsoDuration.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("30")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("PT1D")]
    [InlineData("P1H")]
    [InlineData("P1S2D")]
    [InlineData("P1DT")]
    [InlineData("P30 D")]
    [InlineData("30.00:00:00")]
    public void Refuses_what_is_not_a_calendar_free_ISO_duration(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
        Assert.Equal(ErrorCode.BadUserInput, Assert.Throws<DomainException>(() => IsoDuration.Parse(text)).Code);
    }

    [Theory]
    [InlineData(30 * 86400, "P30D")]
    [InlineData(6, "PT6S")]
    [InlineData(0, "PT0S")]
    [InlineData(86400 + 7200 + 180 + 4, "P1DT2H3M4S")]
    [InlineData(0.25, "PT0.25S")]
    public void Formats_the_way_it_parses(double seconds, string text)
    {
        Assert.Equal(text, IsoDuration.Format(TimeSpan.FromSeconds(seconds)));
        Assert.Equal(TimeSpan.FromSeconds(seconds), IsoDuration.Parse(text));
    }
}
