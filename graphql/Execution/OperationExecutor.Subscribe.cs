using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

using Path = LiveSales.GraphQL.Types.Path;

namespace LiveSales.GraphQL.Execution;

/// <summary>CreateSourceEventStream: the subscription root field's <c>subscribe</c> resolver gives the source stream.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>The source event stream; throws a located <see cref="GraphQLError"/> when there is none.</summary>
    public async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync()
    {
        ObjectType rootType = Schema.SubscriptionType
            ?? throw new GraphQLError("Schema is not configured to execute subscription operation.", Operation);
        SelectionPlan plan = FieldCollector.CollectFields(this, rootType, Operation.SelectionSet);
        if (plan.Fields.Length == 0)
        {
            string name = FirstFieldName();
            throw new GraphQLError($"The subscription field \"{name}\" is not defined.", Operation.SelectionSet.Selections[0]);
        }

        PlannedField field = plan.Fields[0];
        Path path = Path.Root(field.ResponseKey, rootType.Name);
        var context = new ResolverContext(this, field, rootType, RootValue, path);
        object? stream;
        try
        {
            context.Arguments = field.GetArguments(Variables);
            stream = field.Definition.Subscriber is { } subscribe
                ? await subscribe(context).ConfigureAwait(false)
                : await field.Resolver(context).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            throw Locate(error, field, path);
        }

        if (stream is Exception failure)
        {
            throw Locate(failure, field, path);
        }

        return stream as IAsyncEnumerable<object?>
            ?? throw new InvalidOperationException($"Subscription field must return Async Iterable. Received: {Inspect.Format(stream)}.");
    }

    private string FirstFieldName() =>
        Operation.SelectionSet.Selections.OfType<Language.FieldNode>().FirstOrDefault()?.Name.Value ?? string.Empty;
}
