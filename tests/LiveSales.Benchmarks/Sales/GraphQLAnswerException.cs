namespace LiveSales.Benchmarks.Sales;

/// <summary>An answer of /graphql that is not a success: an HTTP error status, or GraphQL errors.</summary>
public sealed class GraphQLAnswerException : Exception
{
    public GraphQLAnswerException()
    {
    }

    public GraphQLAnswerException(string message)
        : base(message)
    {
    }

    public GraphQLAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
