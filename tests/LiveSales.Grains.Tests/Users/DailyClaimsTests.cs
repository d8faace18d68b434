using LiveSales.GrainInterfaces;
using LiveSales.Grains.Users;

namespace LiveSales.Grains.Tests.Users;

public class DailyClaimsTests
{
    private static readonly DateTimeOffset s_morning = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Claims_count_within_one_UTC_day()
    {
        var claims = DailyClaims.Empty.Add("c1", s_morning).Add("c2", s_morning.AddHours(15));

        Assert.Equal(2, claims.CountOn(s_morning.AddHours(15).AddMinutes(59)));
    }

    [Fact]
    public void A_new_UTC_day_starts_from_zero()
    {
        var claims = DailyClaims.Empty.Add("c1", s_morning).Add("c2", s_morning);

        Assert.Equal(0, claims.CountOn(s_morning.AddHours(16)));
        Assert.Equal(1, claims.Add("c3", s_morning.AddHours(16)).CountOn(s_morning.AddHours(16)));
    }

    [Fact]
    public void Day_is_the_UTC_day_even_for_times_given_with_an_offset()
    {
        var lateEvening = new DateTimeOffset(2026, 5, 4, 23, 30, 0, TimeSpan.FromHours(-5)); // 04:30 UTC on the 5th

        Assert.Equal(new DateOnly(2026, 5, 5), DailyClaims.DayOf(lateEvening));
    }

    [Fact]
    public void Claiming_the_same_customer_twice_counts_once() =>
        Assert.Equal(1, DailyClaims.Empty.Add("c1", s_morning).Add("c1", s_morning).CountOn(s_morning));

    [Fact]
    public void Removing_a_failed_claim_gives_the_count_back() =>
        Assert.Equal(1, DailyClaims.Empty.Add("c1", s_morning).Add("c2", s_morning).Remove("c1", s_morning).CountOn(s_morning));

    [Fact]
    public void Limit_reached_is_CLAIM_LIMIT_REACHED()
    {
        var error = Assert.Throws<DomainException>(() => ClaimLimits.Ensure(20, 20, 0, null));

        Assert.Equal(ErrorCode.ClaimLimitReached, error.Code);
        Assert.Equal("CLAIM_LIMIT_REACHED", error.ApiCode);
    }

    [Fact]
    public void Below_the_limit_passes() => ClaimLimits.Ensure(19, 20, 5, 6);

    [Fact]
    public void No_limit_means_unlimited() => ClaimLimits.Ensure(1_000, null, 1_000, null);

    [Fact]
    public void Holding_cap_reached_is_HOLDING_LIMIT_REACHED() =>
        Assert.Equal(ErrorCode.HoldingLimitReached, Assert.Throws<DomainException>(() => ClaimLimits.Ensure(0, 20, 6, 6)).Code);

    [Fact]
    public void Daily_limit_of_zero_forbids_claiming() =>
        Assert.Equal(ErrorCode.ClaimLimitReached, Assert.Throws<DomainException>(() => ClaimLimits.Ensure(0, 0, 0, null)).Code);
}
