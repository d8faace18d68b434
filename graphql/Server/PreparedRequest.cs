using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Server;

/// <summary>A request after parsing, validation and choosing its operation — or why it got no further.</summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(DocumentNode document, OperationDefinitionNode operation)
    {
        Document = document;
        Operation = operation;
    }

    internal PreparedRequest(RequestFailure failure, IReadOnlyList<GraphQLError> errors)
    {
        Failure = failure;
        Errors = errors;
    }

    public DocumentNode? Document { get; }

    public OperationDefinitionNode? Operation { get; }

    /// <summary>None when the request can be executed.</summary>
    public RequestFailure Failure { get; }

    public IReadOnlyList<GraphQLError> Errors { get; } = [];

    public bool IsValid => Failure == RequestFailure.None;
}
