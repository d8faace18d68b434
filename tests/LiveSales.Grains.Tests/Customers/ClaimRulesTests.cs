using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Customers;

namespace LiveSales.Grains.Tests.Customers;

public class ClaimRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 4, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly Actor s_rep = new("rep-1", Role.Rep, "team-a");
    private static readonly PoolView s_open = new() { Id = "p1", Name = "Open", Rules = PoolRules.Default };

    private static ErrorCode Refusal(Action claim) => Assert.Throws<DomainException>(claim).Code;

    [Fact]
    public void Unowned_customer_in_an_open_pool_is_claimable() =>
        ClaimRules.EnsureClaimable(s_rep, null, true, s_open, [], s_now);

    [Fact]
    public void Owned_customer_is_refused_with_ALREADY_OWNED() =>
        Assert.Equal(ErrorCode.AlreadyOwned, Refusal(() => ClaimRules.EnsureClaimable(s_rep, "rep-2", false, s_open, [], s_now)));

    [Fact]
    public void Pool_of_other_teams_is_refused_with_FORBIDDEN()
    {
        var pool = s_open with { TeamIds = ["team-b"] };

        Assert.Equal(ErrorCode.Forbidden, Refusal(() => ClaimRules.EnsureClaimable(s_rep, null, true, pool, [], s_now)));
    }

    [Fact]
    public void Pool_listing_the_reps_team_is_claimable() =>
        ClaimRules.EnsureClaimable(s_rep, null, true, s_open with { TeamIds = ["team-b", "team-a"] }, [], s_now);

    [Fact]
    public void Wallboards_and_admins_do_not_claim()
    {
        Assert.Equal(ErrorCode.Forbidden, Refusal(() => ClaimRules.EnsureClaimable(new Actor("w", Role.Wallboard, null), null, true, s_open, [], s_now)));
        Assert.Equal(ErrorCode.Forbidden, Refusal(() => ClaimRules.EnsureClaimable(new Actor("a", Role.Admin, null), null, true, s_open, [], s_now)));
    }

    [Fact]
    public void Former_owner_within_the_cooldown_is_refused_with_COOLDOWN()
    {
        FormerOwner[] former = [new("rep-1", s_now.AddDays(-6.9))];

        var error = Assert.Throws<DomainException>(() => ClaimRules.EnsureClaimable(s_rep, null, true, s_open, former, s_now));

        Assert.Equal(ErrorCode.Cooldown, error.Code);
        Assert.Contains((s_now.AddDays(-6.9) + TimeSpan.FromDays(7)).ToString("u", System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Former_owner_after_the_cooldown_may_claim_again() =>
        ClaimRules.EnsureClaimable(s_rep, null, true, s_open, [new("rep-1", s_now.AddDays(-7))], s_now);

    [Fact]
    public void Cooldown_counts_from_the_latest_loss()
    {
        FormerOwner[] former = [new("rep-1", s_now.AddDays(-30)), new("rep-1", s_now.AddDays(-1))];

        Assert.Equal(ErrorCode.Cooldown, Refusal(() => ClaimRules.EnsureClaimable(s_rep, null, true, s_open, former, s_now)));
    }

    [Fact]
    public void Cooldown_binds_only_the_former_owner() =>
        ClaimRules.EnsureClaimable(s_rep, null, true, s_open, [new("rep-2", s_now.AddHours(-1))], s_now);

    [Fact]
    public void Cooldown_turned_off_lets_the_former_owner_claim_at_once() =>
        ClaimRules.EnsureClaimable(s_rep, null, true, s_open with { Rules = PoolRules.Default with { FormerOwnerCooldown = null } }, [new("rep-1", s_now)], s_now);
}
