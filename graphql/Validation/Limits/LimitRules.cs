namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>The query-limit rules that <see cref="ValidationOptions"/> turns on, in a fixed order.</summary>
public static class LimitRules
{
    public static IReadOnlyList<ValidationRule> For(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options is { MaxDepth: null, MaxAliases: null, MaxCost: null, DisableIntrospection: false })
        {
            return [];
        }

        var rules = new List<ValidationRule>();
        if (options.DisableIntrospection)
        {
            rules.Add(NoSchemaIntrospectionCustomRule.Rule);
        }

        if (options.MaxDepth is not null)
        {
            rules.Add(MaxDepthRule.Rule);
        }

        if (options.MaxAliases is not null)
        {
            rules.Add(MaxAliasesRule.Rule);
        }

        if (options.MaxCost is not null)
        {
            rules.Add(MaxCostRule.Rule);
        }

        return rules;
    }
}
