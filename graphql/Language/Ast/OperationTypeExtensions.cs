namespace LiveSales.GraphQL.Language;

/// <summary>Names of operation types as written in documents.</summary>
public static class OperationTypeExtensions
{
    /// <summary>"query", "mutation" or "subscription".</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
