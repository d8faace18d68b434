using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Server;

/// <summary>Errors meant for clients, with an <c>extensions.code</c>.</summary>
public static class ClientErrors
{
    /// <summary>The code of an exception clients are not told about.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>The code of an execution cancelled by the time limit.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The code of a document that does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The code of a document that is not valid against the schema or exceeds a query limit.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The code of a value of the wrong type, written in the document or sent as a variable.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The code of a request whose operation to run cannot be determined.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    public static GraphQLError Create(string message, string code, Exception? originalError = null) =>
        new(message, nodes: null, path: null, originalError, new Dictionary<string, object?> { ["code"] = code });
}
