using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.Grains.Common;

namespace LiveSales.Grains.Assignment;

/// <summary>A rule list that can work: unique ids, names, sensible match values and deadlines.</summary>
public static class AssignmentConfigValidator
{
    public static AssignmentConfig Validate(AssignmentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Rules.Count > 500)
        {
            throw DomainException.BadInput("At most 500 assignment rules.");
        }

        var duplicate = config.Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw DomainException.BadInput($"Rule id '{duplicate.Key}' is used twice.");
        }

        AcceptWithin(config.LeadAcceptWithin);
        return config with
        {
            FallbackPoolId = Text.Id(Text.Required(config.FallbackPoolId, "fallbackPoolId"), "fallbackPoolId")!,
            Rules = config.Rules.Select(Rule).ToList(),
        };
    }

    private static AssignmentRule Rule(AssignmentRule rule)
    {
        if (!Enum.IsDefined(rule.Strategy))
        {
            throw DomainException.BadInput($"Unknown strategy {rule.Strategy}.");
        }

        AcceptWithin(rule.LeadAcceptWithin);
        return rule with
        {
            Id = Text.Id(Text.Required(rule.Id, "rule id"), "rule id")!,
            Name = Text.Required(rule.Name, "rule name"),
            Regions = Values(rule.Regions),
            Industries = Values(rule.Industries),
            Sources = Values(rule.Sources),
            UserIds = rule.UserIds.Select(u => Text.Id(u, "userId")!).Distinct().ToList(),
            TeamId = Text.Id(rule.TeamId, "teamId"),
            PoolId = Text.Id(rule.PoolId, "poolId"),
        };
    }

    private static List<string> Values(IReadOnlyList<string> values) =>
        values.Select(v => Text.Required(v, "match value", Text.FieldLength)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static void AcceptWithin(TimeSpan? within)
    {
        if (within is { } value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromDays(365)))
        {
            throw DomainException.BadInput("A lead acceptance deadline must be between PT1S and P365D.");
        }
    }
}
