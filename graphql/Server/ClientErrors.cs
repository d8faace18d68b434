using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Server;

/// <summary>Errors meant for clients, with an <c>extensions.code</c>.</summary>
public static class ClientErrors
{
    /// <summary>The code of an exception clients are not told about.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>The code of an execution cancelled by the time limit.</summary>
    public const string Timeout = "TIMEOUT";

    public static GraphQLError Create(string message, string code, Exception? originalError = null) =>
        new(message, nodes: null, path: null, originalError, new Dictionary<string, object?> { ["code"] = code });
}
