using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.Grains.FollowUps;

namespace LiveSales.Grains.Tests.FollowUps;

public class FollowUpValidatorTests
{
    private static readonly DateTimeOffset s_now = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    private static LogFollowUpInput Input(Func<LogFollowUpInput, LogFollowUpInput>? change = null)
    {
        var input = new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "  Discussed the renewal  " };
        return change is null ? input : change(input);
    }

    private static ErrorCode Refusal(LogFollowUpInput input) => Assert.Throws<DomainException>(() => FollowUpValidator.Validate(input, s_now)).Code;

    [Fact]
    public void Valid_input_is_trimmed() => Assert.Equal("Discussed the renewal", FollowUpValidator.Validate(Input(), s_now).Summary);

    [Fact]
    public void Follow_up_must_name_a_customer_lead_or_opportunity() =>
        Assert.Equal(ErrorCode.BadUserInput, Refusal(Input(i => i with { CustomerId = null })));

    [Fact]
    public void Empty_summary_is_refused() => Assert.Equal(ErrorCode.BadUserInput, Refusal(Input(i => i with { Summary = "   " })));

    [Fact]
    public void Next_follow_up_in_the_past_is_refused() =>
        Assert.Equal(ErrorCode.BadUserInput, Refusal(Input(i => i with { NextFollowUpAt = s_now.AddMinutes(-1) })));

    [Fact]
    public void Next_follow_up_is_kept_in_UTC()
    {
        var local = new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(TimeSpan.Zero, FollowUpValidator.Validate(Input(i => i with { NextFollowUpAt = local }), s_now).NextFollowUpAt!.Value.Offset);
    }

    [Fact]
    public void Unknown_channel_is_refused() => Assert.Equal(ErrorCode.BadUserInput, Refusal(Input(i => i with { Channel = (Channel)42 })));

    [Fact]
    public void Malformed_ids_are_refused() => Assert.Equal(ErrorCode.BadUserInput, Refusal(Input(i => i with { CustomerId = "c1; DROP TABLE" })));
}
