using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Pools;

namespace LiveSales.Grains.Pools;

/// <summary>Pool rules that make sense: positive durations to the second, up to ten years, sane limits.</summary>
public static class PoolRulesValidator
{
    private static readonly TimeSpan s_longest = TimeSpan.FromDays(3650);

    public static PoolRules Validate(PoolRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Duration(rules.ReturnAfterNoFollowUp, "returnAfterNoFollowUp");
        Duration(rules.ReturnAfterNoDeal, "returnAfterNoDeal");
        Duration(rules.FormerOwnerCooldown, "formerOwnerCooldown");
        if (rules.RemindBefore is null || rules.RemindBefore.Count > 10)
        {
            throw DomainException.BadInput("remindBefore takes at most 10 durations.");
        }

        foreach (var remind in rules.RemindBefore)
        {
            Duration(remind, "remindBefore");
        }

        if (rules.ClaimLimitPerDay is < 0 or > 100_000)
        {
            throw DomainException.BadInput("claimLimitPerDay must be between 0 and 100000.");
        }

        if (rules.MaxOwnedPerRep is < 0 or > 10_000_000)
        {
            throw DomainException.BadInput("maxOwnedPerRep must be between 0 and 10000000.");
        }

        // Stored in one order, without duplicates, so two equal rule sets compare equal.
        return rules with { RemindBefore = rules.RemindBefore.Distinct().OrderDescending().ToList() };
    }

    private static void Duration(TimeSpan? value, string name)
    {
        if (value is not { } duration)
        {
            return;
        }

        if (duration < TimeSpan.FromSeconds(1) || duration > s_longest)
        {
            throw DomainException.BadInput($"{name} must be between PT1S and P3650D.");
        }

        if (duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw DomainException.BadInput($"{name} must be whole seconds, not {IsoDuration.Format(duration)}.");
        }
    }
}
