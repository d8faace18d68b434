using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Server;

namespace LiveSales.Api.GraphQL;

/// <summary>The GraphQL face of <see cref="ApiErrors"/>: an expected error keeps its message and code; anything else is masked (and logged) by the endpoint.</summary>
public static class GraphQLErrorMapping
{
    public static GraphQLError? Map(Exception exception)
    {
        var error = ApiErrors.Describe(exception);
        return error.Expected ? ClientErrors.Create(error.Message, error.Code, exception) : null;
    }
}
