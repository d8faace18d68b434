using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>How limit messages name an operation: <c>Query "Customers"</c> or <c>Anonymous query</c>.</summary>
internal static class OperationNames
{
    public static string Describe(OperationDefinitionNode operation)
    {
        string kind = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        return operation.Name is { } name
            ? $"{char.ToUpperInvariant(kind[0])}{kind[1..]} \"{name.Value}\""
            : $"Anonymous {kind}";
    }
}
