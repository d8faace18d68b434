using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Server;
using LiveSales.GraphQL.Types;
using static LiveSales.GraphQL.Tests.Transport.Http;

namespace LiveSales.GraphQL.Tests.Transport;

public class ServerOptionsTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .Query(q =>
        {
            q.Field("hello", "String").Resolve(_ => "world");
            q.Field("taken", "String").Resolve(_ => Fail(new KeyNotFoundException("customer 7")));
        })
        .Build();

    [Fact]
    public async Task Introspection_can_be_turned_off()
    {
        await using CustomHost host = await CustomHost.StartAsync(s_schema, o => o.EnableIntrospection = false);

        var (status, _, body) = await PostAsync(host.Client, "{\"query\": \"{ __schema { queryType { name } } }\"}");
        var plain = await PostAsync(host.Client, "{\"query\": \"{ hello __typename }\"}");

        Assert.Equal(400, status);
        Assert.Contains("introspection", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((200, J("{'data':{'hello':'world','__typename':'Query'}}")), (plain.Status, plain.Body));
    }

    [Fact]
    public async Task The_exception_mapper_is_the_one_place_that_turns_domain_exceptions_into_codes()
    {
        await using CustomHost host = await CustomHost.StartAsync(s_schema, o => o.MapException = exception => exception switch
        {
            KeyNotFoundException notFound => ClientErrors.Create($"Not found: {notFound.Message}", "NOT_FOUND"),
            _ => null,
        });

        var (_, _, body) = await PostAsync(host.Client, "{\"query\": \"{ taken }\"}");

        Assert.Equal(J("{'errors':[{'message':'Not found: customer 7','locations':[{'line':1,'column':3}],'path':['taken'],'extensions':{'code':'NOT_FOUND'}}],'data':{'taken':null}}"), body);
    }

    [Fact]
    public async Task Depth_and_alias_limits_reject_documents_before_execution()
    {
        await using CustomHost host = await CustomHost.StartAsync(s_schema, o =>
        {
            o.MaxAliases = 2;
            o.MaxDepth = 1;
        });

        var aliases = await PostAsync(host.Client, "{\"query\": \"{ a: hello b: hello c: hello }\"}");
        var fine = await PostAsync(host.Client, "{\"query\": \"{ a: hello b: hello }\"}");

        Assert.Equal(400, aliases.Status);
        Assert.Equal((200, J("{'data':{'a':'world','b':'world'}}")), (fine.Status, fine.Body));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        await using CustomHost host = await CustomHost.StartAsync(s_schema, o => o.MaxRequestBytes = 100);

        var (status, _, body) = await PostAsync(host.Client, "{\"query\": \"{ hello " + new string(' ', 200) + " }\"}");

        Assert.Equal((413, J("{'errors':[{'message':'The request body is larger than 100 bytes.'}]}")), (status, body));
    }

    private static string Fail(Exception exception) => throw exception;
}
