using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using static LiveSales.GraphQL.Tests.Execution.ExecutionHelper;

namespace LiveSales.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private static readonly Schema s_shop = JsonSchema("""
        type Query { shop: Shop, shops: [Shop!]! }
        type Shop { name: String!, owner: Person, items: [Item!], rating: Float, tags: [String] }
        interface Named { name: String! }
        type Person implements Named { name: String!, age: Int }
        type Item implements Named { name: String!, price: Int! }
        union Thing = Person | Item
        extend type Query { things: [Thing], named: [Named] }
        """);

    private static readonly object s_data = Data("""
        { "shop": { "name": "Corner", "owner": { "name": "Ann", "age": 41 }, "rating": 4.5,
                    "items": [ { "name": "tea", "price": 3 }, { "name": "cake", "price": 5 } ], "tags": ["a", null] },
          "shops": [ { "name": "A" }, { "name": "B" } ],
          "things": [ { "__typename": "Person", "name": "Bo", "age": 9 }, { "__typename": "Item", "name": "pen", "price": 1 } ],
          "named": [ { "__typename": "Item", "name": "cup", "price": 2 } ] }
        """);

    [Fact]
    public async Task Fields_resolve_from_json_data_by_name_in_selection_order_with_aliases()
    {
        string json = await RunAsync(s_shop, "{ shop { title: name rating owner { age name } items { name } tags } }", s_data);

        Assert.Equal(J("{'data':{'shop':{'title':'Corner','rating':4.5,'owner':{'age':41,'name':'Ann'},'items':[{'name':'tea'},{'name':'cake'}],'tags':['a',null]}}}"), json);
    }

    [Fact]
    public async Task Null_for_a_non_null_field_nulls_the_nearest_nullable_parent_with_path_and_location()
    {
        object data = Data("{ \"shop\": { \"name\": null, \"rating\": 1 } }");

        string json = await RunAsync(s_shop, "{\n  shop {\n    rating\n    name\n  }\n}", data);

        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Shop.name.','locations':[{'line':4,'column':5}],'path':['shop','name']}],'data':{'shop':null}}"), json);
    }

    [Fact]
    public async Task A_null_item_in_a_non_null_list_nulls_the_list_field_with_the_item_index_in_the_path()
    {
        object data = Data("{ \"shop\": { \"items\": [ { \"name\": \"a\", \"price\": 1 }, null ] } }");

        string json = await RunAsync(s_shop, "{ shop { items { price } } }", data);

        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Shop.items.','locations':[{'line':1,'column':10}],'path':['shop','items',1]}],'data':{'shop':{'items':null}}}"), json);
    }

    [Fact]
    public async Task Abstract_types_resolve_by_typename_and_fragments_apply_by_runtime_type()
    {
        string json = await RunAsync(s_shop, "{ things { __typename ... on Person { age } ...I } named { name __typename } } fragment I on Item { price }", s_data);

        Assert.Equal(J("{'data':{'things':[{'__typename':'Person','age':9},{'__typename':'Item','price':1}],'named':[{'name':'cup','__typename':'Item'}]}}"), json);
    }

    [Fact]
    public async Task Skip_and_include_follow_variables()
    {
        string query = "query($on: Boolean!) { shop { name @include(if: $on) rating @skip(if: $on) } }";

        string on = await RunAsync(s_shop, query, s_data, "{\"on\": true}");
        string off = await RunAsync(s_shop, query, s_data, "{\"on\": false}");

        Assert.Equal(J("{'data':{'shop':{'name':'Corner'}}}"), on);
        Assert.Equal(J("{'data':{'shop':{'rating':4.5}}}"), off);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_give_request_errors_without_data()
    {
        Schema schema = new SchemaBuilder().Query(q => q.Field("echo", "Int").Argument("n", "Int").Resolve(ctx => ctx.Argument<int?>("n"))).Build();

        string json = await RunAsync(schema, "query Q($n: Int = 3) { echo(n: $n) }", variables: "{\"n\": \"x\"}");
        string defaulted = await RunAsync(schema, "query Q($n: Int = 3) { echo(n: $n) }", variables: "{}");

        Assert.Equal(J("{'errors':[{'message':'Variable \\u0022$n\\u0022 got invalid value \\u0022x\\u0022; Int cannot represent non-integer value: \\u0022x\\u0022','locations':[{'line':1,'column':9}]}]}").Replace("\\u0022", "\\\""), json);
        Assert.Equal(J("{'data':{'echo':3}}"), defaulted);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        string json = await RunAsync(s_shop, "query A { shops { name } } query B { shops { name } }", s_data, operationName: "C");

        Assert.Equal(J("{'errors':[{'message':'Unknown operation named \\'C\\'.'}]}").Replace("\\'", "\\\""), json);
    }

    [Fact]
    public async Task Resolver_exceptions_go_through_the_mapper_and_keep_path_and_location()
    {
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("boom", "String").Resolve(_ => Fail("secret detail")))
            .Build();

        string json = await RunAsync(schema, "{ boom }", map: _ => new GraphQLError("Unexpected error."));

        Assert.Equal(J("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['boom']}],'data':{'boom':null}}"), json);
    }

    [Fact]
    public async Task Sibling_async_fields_of_a_query_run_concurrently()
    {
        var first = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;
        Schema schema = new SchemaBuilder().Query(q =>
            {
                q.Field("a", "String").Resolve(async _ => { Interlocked.Increment(ref started); return await first.Task; });
                q.Field("b", "String").Resolve(async _ => { Interlocked.Increment(ref started); return await second.Task; });
            })
            .Build();

        ValueTask<ExecutionResult> running = Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ a b }") });
        int startedBeforeAnyCompleted = started;
        second.SetResult("2");
        first.SetResult("1");
        ExecutionResult result = await running;

        Assert.Equal(2, startedBeforeAnyCompleted);
        Assert.Equal(J("{'data':{'a':'1','b':'2'}}"), result.ToJson());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("x", "Int"))
            .Mutation(m =>
            {
                m.Field("first", "Int").Resolve(async _ => { log.Add("first started"); await gate.Task; log.Add("first done"); return 1; });
                m.Field("second", "Int").Resolve(_ => { log.Add("second started"); return 2; });
            })
            .Build();

        ValueTask<ExecutionResult> running = Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("mutation { first second }") });
        gate.SetResult();
        ExecutionResult result = await running;

        Assert.Equal(["first started", "first done", "second started"], log);
        Assert.Equal(J("{'data':{'first':1,'second':2}}"), result.ToJson());
    }

    [Fact]
    public void Synchronous_resolvers_complete_without_a_pending_task()
    {
        ValueTask<ExecutionResult> result = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = s_shop,
            Document = Parser.Parse("{ shop { name items { name price } } }"),
            RootValue = s_data,
        });

        Assert.True(result.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Introspection_and_typename_are_answered_by_the_schema()
    {
        string json = await RunAsync(s_shop, "{ __typename __schema { queryType { name } } __type(name: \"Thing\") { kind possibleTypes { name } } }", s_data);

        Assert.Equal(J("{'data':{'__typename':'Query','__schema':{'queryType':{'name':'Query'}},'__type':{'kind':'UNION','possibleTypes':[{'name':'Person'},{'name':'Item'}]}}}"), json);
    }

    [Fact]
    public async Task Subscription_events_are_each_executed_with_the_event_as_root()
    {
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("x", "Int"))
            .Subscription(s => s.Field("counter", "Int!").Subscribe(_ => Count(3)).Resolve(ctx => (int)ctx.Source! * 10))
            .Build();

        SubscriptionResult subscription = await Executor.SubscribeAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("subscription { counter }") });
        var events = new List<string>();
        await foreach (ExecutionResult result in subscription.Stream!)
        {
            events.Add(result.ToJson());
        }

        Assert.Equal([J("{'data':{'counter':10}}"), J("{'data':{'counter':20}}"), J("{'data':{'counter':30}}")], events);
    }

    [Fact]
    public async Task A_failing_subscribe_resolver_gives_a_located_error_and_no_stream()
    {
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("x", "Int"))
            .Subscription(s => s.Field("counter", "Int!").Subscribe(_ => Refuse()))
            .Build();

        SubscriptionResult subscription = await Executor.SubscribeAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("subscription { counter }") });

        Assert.False(subscription.IsStream);
        Assert.Equal(J("{'errors':[{'message':'not allowed','locations':[{'line':1,'column':16}],'path':['counter']}]}"), subscription.Errors!.ToJson());
    }

    private static string Fail(string message) => throw new InvalidOperationException(message);

    private static IAsyncEnumerable<int> Refuse() => throw new GraphQLError("not allowed");

    private static async IAsyncEnumerable<int> Count(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
