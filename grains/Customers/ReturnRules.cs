using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;

namespace LiveSales.Grains.Customers;

/// <summary>
/// The pool-return rules: when, if ever, an owned customer goes back to its pool. Locked customers
/// never return; won customers and customers with an open opportunity are exempt when the pool says
/// so. Of the no-follow-up and no-deal rules the earlier deadline wins (no-follow-up on a tie).
/// </summary>
public static class ReturnRules
{
    public static ReturnDeadline? Deadline(ReturnFacts facts, PoolRules rules)
    {
        if (facts.OwnerId is null || facts.OwnedSince is not { } ownedSince || facts.Locked)
        {
            return null;
        }

        if ((facts.Won && rules.ExemptWon) || (facts.HasOpenOpportunity && rules.ExemptOpenOpportunity))
        {
            return null;
        }

        ReturnDeadline? deadline = null;
        if (rules.ReturnAfterNoFollowUp is { } noFollowUp)
        {
            var start = Later(ownedSince, facts.LastFollowUpAt);
            deadline = new ReturnDeadline(start + noFollowUp, ReturnRuleNames.NoFollowUp, noFollowUp, start);
        }

        if (rules.ReturnAfterNoDeal is { } noDeal)
        {
            var start = Later(ownedSince, facts.LastDealAt);
            if (deadline is null || start + noDeal < deadline.At)
            {
                deadline = new ReturnDeadline(start + noDeal, ReturnRuleNames.NoDeal, noDeal, start);
            }
        }

        return deadline;
    }

    /// <summary>The words written into the RETURNED history entry.</summary>
    public static string Describe(ReturnDeadline deadline) => deadline.Rule switch
    {
        ReturnRuleNames.NoDeal => $"No deal for {GrainInterfaces.IsoDuration.Format(deadline.After)} (since {deadline.ClockStart:u}).",
        _ => $"No follow-up for {GrainInterfaces.IsoDuration.Format(deadline.After)} (since {deadline.ClockStart:u}).",
    };

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } value && value > a ? value : a;
}
