using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using static LiveSales.GraphQL.Tests.Execution.ExecutionHelper;

namespace LiveSales.GraphQL.Tests.Execution;

public class NullPropagationTests
{
    [Fact]
    public async Task A_non_null_failure_nulls_its_parent_at_once_without_waiting_for_slower_siblings()
    {
        var late = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var required = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("parent", "Parent").Resolve(_ => new object()))
            .Object("Parent", t =>
            {
                t.Field("child", "Child").Resolve(_ => new object());
                t.Field("required", "String!").Resolve(async _ => await required.Task);
            })
            .Object("Child", t => t.Field("x", "String").Resolve(async _ => await late.Task))
            .Build();

        ValueTask<ExecutionResult> running = Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ parent { child { x } required } }") });
        required.SetResult(null);
        ExecutionResult result = await running.AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        late.SetException(new InvalidOperationException("late failure"));

        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Parent.required.','locations':[{'line':1,'column':24}],'path':['parent','required']}],'data':{'parent':null}}"), result.ToJson());
    }

    [Fact]
    public async Task A_non_null_root_field_failing_nulls_the_whole_data()
    {
        Schema schema = JsonSchema("type Query { a: String! b: String }");

        string json = await RunAsync(schema, "{ b a }", Data("{\"b\": \"x\"}"));

        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Query.a.','locations':[{'line':1,'column':5}],'path':['a']}],'data':null}"), json);
    }

    [Fact]
    public async Task Errors_of_nullable_list_items_keep_the_other_items()
    {
        Schema schema = JsonSchema("type Query { list: [Int] }");

        string json = await RunAsync(schema, "{ list }", Data("{\"list\": [1, \"two\", 3]}"));

        Assert.Equal(J("{'errors':[{'message':'Int cannot represent non-integer value: \\'two\\'','locations':[{'line':1,'column':3}],'path':['list',1]}],'data':{'list':[1,null,3]}}").Replace("\\'", "\\\""), json);
    }

    [Fact]
    public async Task Async_list_items_complete_concurrently_and_keep_their_order()
    {
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("items", "[Item]").Resolve(_ => new[] { 0, 1, 2 }))
            .Object("Item", t => t.Field("name", "String").Resolve(async ctx => await gates[(int)ctx.Source!].Task))
            .Build();

        ValueTask<ExecutionResult> running = Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ items { name } }") });
        gates[2].SetResult("c");
        gates[0].SetResult("a");
        gates[1].SetResult("b");

        Assert.Equal(J("{'data':{'items':[{'name':'a'},{'name':'b'},{'name':'c'}]}}"), (await running).ToJson());
    }
}
