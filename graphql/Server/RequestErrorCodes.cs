using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Server;

/// <summary>The <c>extensions.code</c> of errors found before execution (<see cref="GraphQLServerOptions.RequestErrorCodes"/>).</summary>
internal static class RequestErrorCodes
{
    public static IReadOnlyList<GraphQLError> Apply(RequestFailure failure, IReadOnlyList<GraphQLError> errors) =>
        [.. errors.Select(error => WithCode(error, CodeOf(failure, error)))];

    /// <summary>
    /// A result without data from a prepared request failed at variable coercion: its errors (which,
    /// unlike a subscribe resolver's, have no path) are bad user input.
    /// </summary>
    public static ExecutionResult ApplyToVariables(ExecutionResult result) =>
        result.HasData || result.Errors.Count == 0
            ? result
            : ExecutionResult.FromErrors([.. result.Errors.Select(error => error.Path is null ? WithCode(error, ClientErrors.BadUserInput) : error)]);

    private static string CodeOf(RequestFailure failure, GraphQLError error) => failure switch
    {
        RequestFailure.Syntax => ClientErrors.ParseFailed,
        RequestFailure.Operation => ClientErrors.OperationResolutionFailure,
        _ when error is ValidationError { Rule: nameof(ValuesOfCorrectTypeRule) } => ClientErrors.BadUserInput,
        _ => ClientErrors.ValidationFailed,
    };

    private static GraphQLError WithCode(GraphQLError error, string code)
    {
        if (error.Extensions.ContainsKey("code"))
        {
            return error;
        }

        var extensions = new Dictionary<string, object?>(error.Extensions) { ["code"] = code };
        return error.WithExtensions(extensions);
    }
}
