using LiveSales.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;
using static LiveSales.GraphQL.Tests.Transport.Http;

namespace LiveSales.GraphQL.Tests.Transport;

public class HttpTransportTests(TestServerFixture server) : IClassFixture<TestServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Post_with_graphql_response_json_returns_the_data_in_that_media_type()
    {
        var (status, type, body) = await PostAsync(_client, "{\"query\": \"{ featured { title } }\"}");

        Assert.Equal((200, "application/graphql-response+json; charset=utf-8"), (status, type));
        Assert.Equal(J("{'data':{'featured':{'title':'Exhalation'}}}"), body);
    }

    [Fact]
    public async Task A_syntax_error_is_400_without_data_for_graphql_response_json_and_200_for_application_json()
    {
        var modern = await PostAsync(_client, "{\"query\": \"{ version\"}");
        var legacy = await PostAsync(_client, "{\"query\": \"{ version\"}", accept: "application/json");

        string expected = J("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':10}]}]}");
        Assert.Equal((400, expected), (modern.Status, modern.Body));
        Assert.Equal((200, "application/json; charset=utf-8", expected), (legacy.Status, legacy.ContentType, legacy.Body));
    }

    [Fact]
    public async Task A_validation_error_is_400_for_graphql_response_json()
    {
        var (status, _, body) = await PostAsync(_client, "{\"query\": \"{ xyzzy }\"}");

        Assert.Equal(400, status);
        Assert.Equal(J("{'errors':[{'message':'Cannot query field \\'xyzzy\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}]}]}").Replace("\\'", "\\\""), body);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_and_operation_name_from_the_url()
    {
        string url = "/graphql?query=" + Uri.EscapeDataString("query A { version } query B($id: ID!) { book(id: $id) { id } }")
            + "&operationName=B&variables=" + Uri.EscapeDataString("{\"id\":\"b1\"}");

        var (status, _, body) = await SendAsync(_client, new HttpRequestMessage(HttpMethod.Get, url));

        Assert.Equal((200, J("{'data':{'book':{'id':'b1'}}}")), (status, body));
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_405_and_allows_post()
    {
        using HttpResponseMessage response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { removeBook(id: \"b1\") }"));

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_are_405_and_allow_get_and_post()
    {
        using HttpResponseMessage response = await _client.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task An_accept_header_without_a_json_type_is_406()
    {
        var (status, _, _) = await PostAsync(_client, "{\"query\": \"{ version }\"}", accept: "text/plain");

        Assert.Equal(406, status);
    }

    [Fact]
    public async Task A_body_in_another_charset_or_media_type_is_415()
    {
        var latin1 = await PostAsync(_client, "{\"query\": \"{ version }\"}", contentType: "application/json; charset=iso-8859-1");
        var graphQL = await PostAsync(_client, "{ version }", contentType: "application/graphql");

        Assert.Equal((415, 415), (latin1.Status, graphQL.Status));
    }

    [Fact]
    public async Task Wrong_parameter_types_are_400_with_a_message_naming_the_parameter()
    {
        var (status, _, body) = await PostAsync(_client, "{\"query\": \"{ version }\", \"variables\": [1]}");

        Assert.Equal((400, J("{'errors':[{'message':'The \\'variables\\' parameter must be an object or null.'}]}").Replace("\\'", "\\\"")), (status, body));
    }

    [Fact]
    public async Task Variable_coercion_failure_is_a_request_error_without_data()
    {
        var (status, _, body) = await PostAsync(_client, "{\"query\": \"query Q($n: Int) { books(first: $n) { id } }\", \"variables\": {\"n\": \"x\"}}");

        Assert.Equal(400, status);
        Assert.Equal(J("{'errors':[{'message':'Variable \\'$n\\' got invalid value \\'x\\'; Int cannot represent non-integer value: \\'x\\'','locations':[{'line':1,'column':9}]}]}").Replace("\\'", "\\\""), body);
    }

    [Fact]
    public async Task Sdl_is_served_as_text()
    {
        using HttpResponseMessage response = await _client.GetAsync("/graphql?sdl");
        string sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(server.Services.GetRequiredService<RequestExecutor>().Schema.ToSdl(), sdl);
        Assert.Contains("union SearchResult = Author | Book | Member", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_gets_the_graphiql_page_and_its_scripts_from_the_endpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var (status, type, page) = await SendAsync(_client, request);
        using HttpResponseMessage script = await _client.GetAsync("/graphql?asset=graphiql.min.js");
        using HttpResponseMessage unknown = await _client.GetAsync("/graphql?asset=..%2Fsecrets.json");

        Assert.Equal((200, "text/html; charset=utf-8"), (status, type));
        Assert.Contains("<script src=\"?asset=graphiql.min.js\"></script>", page, StringComparison.Ordinal);
        Assert.Equal(200, (int)script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 500_000);
        Assert.Equal(404, (int)unknown.StatusCode);
    }

    [Fact]
    public async Task Resolver_exceptions_are_masked_unless_declared_client_facing()
    {
        var (status, _, body) = await PostAsync(_client, "{\"query\": \"{ boom badInput }\"}");

        Assert.Equal(200, status);
        Assert.Equal(J("{'errors':["
            + "{'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},"
            + "{'message':'The title must not be empty.','locations':[{'line':1,'column':8}],'path':['badInput'],'extensions':{'code':'BAD_USER_INPUT'}}],"
            + "'data':{'boom':null,'badInput':null}}"), body);
    }

    [Fact]
    public async Task An_operation_running_past_the_time_limit_is_cancelled_with_a_timeout_error()
    {
        var (status, _, body) = await PostAsync(_client, "{\"query\": \"{ slow(ms: 60000) }\"}");

        Assert.Equal(200, status);
        Assert.Equal(J("{'errors':[{'message':'The operation was cancelled: it ran longer than the execution time limit (2 s).','extensions':{'code':'TIMEOUT'}}],'data':null}"), body);
    }

    [Fact]
    public async Task A_repeated_query_text_is_answered_from_the_document_cache()
    {
        DocumentCache cache = server.Services.GetRequiredService<RequestExecutor>().Cache;
        string json = "{\"query\": \"{ numbers matrix }\"}";
        await PostAsync(_client, json);
        long hits = cache.Hits;

        var (_, _, body) = await PostAsync(_client, json);

        Assert.Equal(hits + 1, cache.Hits);
        Assert.Equal(J("{'data':{'numbers':[1,2,3],'matrix':[[1,2],[3,null],null,[]]}}"), body);
    }

    [Fact]
    public async Task A_subscription_over_http_is_refused_with_a_pointer_to_websocket()
    {
        var (status, _, body) = await PostAsync(_client, "{\"query\": \"subscription { bookAdded { id } }\"}");

        Assert.Equal((400, J("{'errors':[{'message':'Subscriptions are served over WebSocket (graphql-transport-ws), not over HTTP.'}]}")), (status, body));
    }

    [Fact]
    public async Task The_http_user_reaches_resolvers()
    {
        var (_, _, body) = await PostAsync(_client, "{\"query\": \"{ me }\"}");

        Assert.Equal(J("{'data':{'me':null}}"), body);
    }
}
