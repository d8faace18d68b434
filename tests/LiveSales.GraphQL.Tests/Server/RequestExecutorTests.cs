using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Server;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Server;

public class RequestExecutorTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .Query(q =>
        {
            q.Field("hello", "String").Resolve(_ => "world");
            q.Field("echo", "Int").Argument("n", "Int!").Resolve(c => c.Arguments["n"]);
            q.Field("stuck", "String").Resolve(async _ =>
            {
                await Task.Delay(Timeout.Infinite, CancellationToken.None).ConfigureAwait(false);
                return "never";
            });
            q.Field("secret", "String").Resolve(_ => Fail());
        })
        .Build();

    private static string Fail() => throw new InvalidOperationException("password=hunter2");

    [Theory]
    [InlineData("{ hello", RequestFailure.Syntax)]
    [InlineData("{ nope }", RequestFailure.Validation)]
    [InlineData("query A { hello } query B { hello }", RequestFailure.Operation)]
    [InlineData("{ hello }", RequestFailure.None)]
    public void Prepare_says_at_which_stage_a_request_fails(string query, RequestFailure expected)
    {
        var executor = new RequestExecutor(s_schema, new GraphQLServerOptions());

        PreparedRequest prepared = executor.Prepare(new GraphQLRequest { Query = query });

        Assert.Equal(expected, prepared.Failure);
        Assert.Equal(expected != RequestFailure.None, prepared.Errors.Count > 0);
    }

    [Fact]
    public void A_repeated_query_skips_parsing_and_validation()
    {
        var executor = new RequestExecutor(s_schema, new GraphQLServerOptions());

        PreparedRequest first = executor.Prepare(new GraphQLRequest { Query = "{ hello }" });
        PreparedRequest second = executor.Prepare(new GraphQLRequest { Query = "{ hello }" });

        Assert.Same(first.Document, second.Document);
        Assert.Equal((1, 1), (executor.Cache.Hits, executor.Cache.Misses));
    }

    [Fact]
    public async Task A_resolver_ignoring_cancellation_cannot_hold_the_response_past_the_time_limit()
    {
        var executor = new RequestExecutor(s_schema, new GraphQLServerOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ stuck }" }, new RequestContext());

        Assert.Equal("TIMEOUT", result.Errors.Single().Extensions["code"]);
        Assert.True(result.HasData);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked_and_keep_the_original_for_logging()
    {
        var executor = new RequestExecutor(s_schema, new GraphQLServerOptions());

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ secret }" }, new RequestContext());

        Assert.Equal("Unexpected error.", result.Errors.Single().Message);
        Assert.IsType<InvalidOperationException>(result.Errors.Single().OriginalError?.InnerException ?? result.Errors.Single().OriginalError);
        Assert.DoesNotContain("hunter2", result.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ hello", null, null, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", null, null, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ echo(n: \"three\") }", null, null, "BAD_USER_INPUT")]
    [InlineData("query($n: Int!) { echo(n: $n) }", "{\"n\": \"three\"}", null, "BAD_USER_INPUT")]
    [InlineData("query A { hello } query B { hello }", null, "C", "OPERATION_RESOLUTION_FAILURE")]
    public async Task Request_errors_carry_a_code_when_asked_and_none_by_default(string query, string? variables, string? operation, string code)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operation,
            Variables = variables is null ? null : VariableValues.FromJson(System.Text.Json.JsonDocument.Parse(variables).RootElement),
        };

        ExecutionResult coded = await new RequestExecutor(s_schema, new GraphQLServerOptions { RequestErrorCodes = true }).ExecuteAsync(request, new RequestContext());
        ExecutionResult plain = await new RequestExecutor(s_schema, new GraphQLServerOptions()).ExecuteAsync(request, new RequestContext());

        Assert.False(coded.HasData);
        Assert.Equal(code, coded.Errors.Single().Extensions["code"]);
        Assert.Equal(plain.Errors.Single().Message, coded.Errors.Single().Message);
        Assert.Equal(plain.Errors.Single().Locations, coded.Errors.Single().Locations);
        Assert.Empty(plain.Errors.Single().Extensions);
    }
}
