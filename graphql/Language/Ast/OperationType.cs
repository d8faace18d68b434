namespace LiveSales.GraphQL.Language;

/// <summary>The three kinds of operation.</summary>
public enum OperationType : byte
{
    Query,
    Mutation,
    Subscription,
}
