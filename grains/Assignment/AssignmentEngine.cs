using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Security;

namespace LiveSales.Grains.Assignment;

/// <summary>
/// The assignment rules: the first rule that matches the record and has an eligible rep decides;
/// a rule whose reps are all inactive, away, full or passed over falls through to the next; after
/// the last rule the catch-all pool takes the record. Each decision says which rule chose whom and why.
/// </summary>
public static class AssignmentEngine
{
    /// <summary>Capacity assumed for a rep with none set, so capacity weighting can compare everyone.</summary>
    public const int DefaultCapacity = 100;

    public static bool Matches(AssignmentRule rule, AssignmentSubject subject) =>
        (rule.AppliesTo.Count == 0 || rule.AppliesTo.Contains(subject.Kind))
        && MatchesValue(rule.Regions, subject.Region)
        && MatchesValue(rule.Industries, subject.Industry)
        && MatchesValue(rule.Sources, subject.Source);

    /// <param name="candidatesOf">The reps a rule names (its users, or its team's reps), in rule order.</param>
    /// <param name="cursors">Last rep chosen per rule id.</param>
    /// <param name="excluded">Reps passed over (a lead that timed out with them).</param>
    public static AssignmentOutcome Decide(
        AssignmentConfig config,
        AssignmentSubject subject,
        Func<AssignmentRule, IReadOnlyList<Candidate>> candidatesOf,
        IReadOnlyDictionary<string, string> cursors,
        IReadOnlyCollection<string> excluded)
    {
        var notes = new List<string>();
        foreach (var rule in config.Rules)
        {
            if (!Matches(rule, subject))
            {
                continue;
            }

            var acceptWithin = rule.LeadAcceptWithin ?? config.LeadAcceptWithin;
            if (rule.UserIds.Count == 0 && rule.TeamId is null)
            {
                var poolId = rule.PoolId ?? config.FallbackPoolId;
                return new AssignmentOutcome(
                    new AssignmentDecision
                    {
                        RuleId = rule.Id,
                        RuleName = rule.Name,
                        PoolId = poolId,
                        Reason = Sentence(notes, $"Rule '{rule.Name}' matched ({Describe(rule, subject)}) and sends records to pool '{poolId}'."),
                        LeadAcceptWithin = acceptWithin,
                    },
                    null,
                    null);
            }

            var candidates = candidatesOf(rule);
            var skipped = new List<string>();
            var eligible = new List<Candidate>();
            foreach (var candidate in candidates)
            {
                if (Ineligible(candidate, excluded) is { } why)
                {
                    skipped.Add($"{candidate.Name} ({why})");
                }
                else
                {
                    eligible.Add(candidate);
                }
            }

            if (eligible.Count == 0)
            {
                notes.Add($"Rule '{rule.Name}' matched but no rep could take it" + (skipped.Count > 0 ? $": skipped {string.Join(", ", skipped)}." : "."));
                continue;
            }

            cursors.TryGetValue(rule.Id, out var cursor);
            var (chosen, how) = Choose(rule.Strategy, RotateAfter(eligible, cursor));
            var reason = $"Rule '{rule.Name}' matched ({Describe(rule, subject)}); {how} chose {chosen.Name}"
                + (skipped.Count > 0 ? $"; skipped {string.Join(", ", skipped)}." : ".");
            return new AssignmentOutcome(
                new AssignmentDecision
                {
                    RuleId = rule.Id,
                    RuleName = rule.Name,
                    OwnerId = chosen.UserId,
                    OwnerTeamId = chosen.TeamId,
                    PoolId = rule.PoolId ?? config.FallbackPoolId,
                    Reason = Sentence(notes, reason),
                    LeadAcceptWithin = acceptWithin,
                },
                rule.Id,
                chosen.UserId);
        }

        return new AssignmentOutcome(
            new AssignmentDecision
            {
                PoolId = config.FallbackPoolId,
                Reason = Sentence(notes, $"No rule assigned it; the catch-all pool '{config.FallbackPoolId}' takes it."),
                LeadAcceptWithin = config.LeadAcceptWithin,
            },
            null,
            null);
    }

    private static string? Ineligible(Candidate candidate, IReadOnlyCollection<string> excluded)
    {
        if (!candidate.Active)
        {
            return "inactive";
        }

        if (candidate.Away)
        {
            return "away";
        }

        if (candidate.Role is not (Role.Rep or Role.Manager))
        {
            return "cannot own records";
        }

        if (excluded.Contains(candidate.UserId))
        {
            return "passed over";
        }

        if (candidate.Capacity is { } capacity && candidate.Load >= capacity)
        {
            return $"full, {candidate.Load}/{capacity}";
        }

        return null;
    }

    // Candidates in turn after the last one chosen: round-robin takes the first, the others break ties by it.
    private static List<Candidate> RotateAfter(List<Candidate> eligible, string? cursor)
    {
        var index = cursor is null ? -1 : eligible.FindIndex(c => c.UserId == cursor);
        if (index < 0 && cursor is not null)
        {
            // The last chosen rep is no longer eligible: continue after where it would sort.
            index = eligible.FindLastIndex(c => string.CompareOrdinal(c.UserId, cursor) < 0);
        }

        return [.. eligible.Skip(index + 1), .. eligible.Take(index + 1)];
    }

    private static (Candidate Chosen, string How) Choose(AssignmentStrategy strategy, List<Candidate> inTurn) => strategy switch
    {
        AssignmentStrategy.LeastLoaded => (
            inTurn.MinBy(c => c.Load)!,
            $"least-loaded ({inTurn.MinBy(c => c.Load)!.Load} held)"),
        AssignmentStrategy.CapacityWeighted => CapacityWeighted(inTurn),
        _ => (inTurn[0], "round-robin"),
    };

    private static (Candidate, string) CapacityWeighted(List<Candidate> inTurn)
    {
        var chosen = inTurn.MinBy(c => (double)c.Load / (c.Capacity ?? DefaultCapacity))!;
        return (chosen, $"capacity-weighted ({chosen.Load}/{chosen.Capacity ?? DefaultCapacity} held)");
    }

    private static bool MatchesValue(IReadOnlyList<string> allowed, string? value) =>
        allowed.Count == 0 || (value is not null && allowed.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)));

    private static string Describe(AssignmentRule rule, AssignmentSubject subject)
    {
        var parts = new List<string>();
        if (rule.Regions.Count > 0)
        {
            parts.Add($"region={subject.Region}");
        }

        if (rule.Industries.Count > 0)
        {
            parts.Add($"industry={subject.Industry}");
        }

        if (rule.Sources.Count > 0)
        {
            parts.Add($"source={subject.Source}");
        }

        return parts.Count == 0 ? "matches everything" : string.Join(", ", parts);
    }

    private static string Sentence(List<string> notes, string last) => notes.Count == 0 ? last : string.Join(" ", notes) + " " + last;
}
