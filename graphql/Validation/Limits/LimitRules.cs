namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>The query-limit rules that <see cref="ValidationOptions"/> turns on.</summary>
public static class LimitRules
{
    public static IReadOnlyList<ValidationRule> For(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}
