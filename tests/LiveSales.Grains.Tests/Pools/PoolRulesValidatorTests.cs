using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Pools;

namespace LiveSales.Grains.Tests.Pools;

public class PoolRulesValidatorTests
{
    [Fact]
    public void Defaults_are_those_of_the_product()
    {
        var rules = PoolRules.Default;

        Assert.Equal(TimeSpan.FromDays(30), rules.ReturnAfterNoFollowUp);
        Assert.Null(rules.ReturnAfterNoDeal);
        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromDays(1)], rules.RemindBefore);
        Assert.True(rules.ExemptWon);
        Assert.False(rules.ExemptOpenOpportunity);
        Assert.Equal(20, rules.ClaimLimitPerDay);
        Assert.Equal(TimeSpan.FromDays(7), rules.FormerOwnerCooldown);
        Assert.Null(rules.MaxOwnedPerRep);
    }

    [Fact]
    public void Defaults_are_valid() => Assert.Equal(PoolRules.Default.RemindBefore, PoolRulesValidator.Validate(PoolRules.Default).RemindBefore);

    [Fact]
    public void Remind_before_is_stored_longest_first_without_duplicates()
    {
        var rules = PoolRulesValidator.Validate(PoolRules.Default with { RemindBefore = [TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(1)] });

        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromDays(1)], rules.RemindBefore);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(0.5)]
    public void Durations_under_a_second_or_with_fractions_are_refused(double seconds)
    {
        var rules = PoolRules.Default with { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(seconds) };

        Assert.Equal(ErrorCode.BadUserInput, Assert.Throws<DomainException>(() => PoolRulesValidator.Validate(rules)).Code);
    }

    [Fact]
    public void Negative_claim_limit_is_refused() =>
        Assert.Equal(ErrorCode.BadUserInput, Assert.Throws<DomainException>(() => PoolRulesValidator.Validate(PoolRules.Default with { ClaimLimitPerDay = -1 })).Code);

    [Fact]
    public void Six_second_durations_are_accepted() =>
        Assert.Equal(TimeSpan.FromSeconds(6), PoolRulesValidator.Validate(new PoolRules { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(6) }).ReturnAfterNoFollowUp);
}
