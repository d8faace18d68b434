using LiveSales.Api.Auth;
using LiveSales.GrainInterfaces;
using LiveSales.Runtime;

namespace LiveSales.Api;

/// <summary>
/// The one place that turns an exception into what a client sees (GraphQL <c>extensions.code</c>,
/// hub errors): the domain's codes as API.md spells them, UNAUTHENTICATED for a missing or bad
/// token, CONFLICT for a race lost twice. Anything unexpected is masked; the caller logs it.
/// </summary>
public static class ApiErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Conflict = "CONFLICT";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    public static ApiError Describe(Exception exception) => Unwrap(exception) switch
    {
        DomainException e => new(e.ApiCode, e.Message, true),
        AuthenticationFailedException e => new(Unauthenticated, e.Message, true),
        InconsistentStateException => new(Conflict, "Someone else changed this record at the same moment; try again.", true),
        _ => new(Internal, "Unexpected error; it has been logged.", false),
    };

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        return exception;
    }
}
