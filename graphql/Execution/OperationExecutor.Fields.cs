using System.Runtime.ExceptionServices;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

using Path = LiveSales.GraphQL.Types.Path;

namespace LiveSales.GraphQL.Execution;

/// <summary>ExecuteSelectionSet (sibling fields concurrently), serial execution for mutations, ExecuteField and field errors.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> ExecuteFields(ObjectType type, object? source, Path? path, SelectionPlan plan)
    {
        var map = new ResultMap(plan);
        PlannedField[] fields = plan.Fields;
        object?[] values = map.Values;
        Pending[]? pending = null;
        int count = 0;
        for (int i = 0; i < fields.Length; i++)
        {
            ValueTask<object?> result;
            try
            {
                result = ExecuteField(type, source, fields[i], path);
            }
            catch (Exception error) when (count > 0)
            {
                // Siblings already running finish before the error moves up, as in graphql-js.
                return WaitThenThrow(pending!, count, error);
            }

            if (result.IsCompletedSuccessfully)
            {
                values[i] = result.Result;
            }
            else
            {
                pending ??= new Pending[fields.Length - i];
                pending[count++] = new Pending(i, result);
            }
        }

        return count == 0 ? new ValueTask<object?>(map) : AwaitAll(map, values, pending!, count);
    }

    private ValueTask<object?> ExecuteFieldsSerially(ObjectType type, object? source, SelectionPlan plan)
    {
        var map = new ResultMap(plan);
        PlannedField[] fields = plan.Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            ValueTask<object?> result = ExecuteField(type, source, fields[i], null);
            if (!result.IsCompletedSuccessfully)
            {
                return ContinueSerially(map, type, source, i, result);
            }

            map.Values[i] = result.Result;
        }

        return new ValueTask<object?>(map);
    }

    private async ValueTask<object?> ContinueSerially(ResultMap map, ObjectType type, object? source, int index, ValueTask<object?> current)
    {
        PlannedField[] fields = map.Plan.Fields;
        map.Values[index] = await current.ConfigureAwait(false);
        for (int i = index + 1; i < fields.Length; i++)
        {
            map.Values[i] = await ExecuteField(type, source, fields[i], null).ConfigureAwait(false);
        }

        return map;
    }

    private static Path FieldPath(Path? parent, PlannedField field, ObjectType parentType) =>
        parent is null ? Path.Root(field.ResponseKey, parentType.Name) : parent.Append(field.ResponseKey, parentType.Name);

    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, PlannedField field, Path? parentPath)
    {
        GraphQLType returnType = field.Definition.Type;
        if (field.DefaultResolvedLeaf is { } leaf)
        {
            try
            {
                CancellationToken.ThrowIfCancellationRequested();
                object? value = DefaultFieldResolver.Resolve(source, field.Definition.Name);
                if (value is null || value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
                {
                    return returnType is NonNullType ? throw NullError(parentType, field.Definition) : default;
                }

                return new ValueTask<object?>(CompleteLeaf(leaf, value is Exception exception ? throw exception : leaf.Serialize(value), value));
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                return new ValueTask<object?>(HandleFieldError(error, returnType, field, FieldPath(parentPath, field, parentType)));
            }
        }

        Path path = FieldPath(parentPath, field, parentType);
        var context = new ResolverContext(this, field, parentType, source, path);
        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            context.Arguments = field.GetArguments(Variables);
            ValueTask<object?> resolved = field.Resolver(context);
            if (!resolved.IsCompletedSuccessfully)
            {
                return AwaitResolved(resolved, context, returnType);
            }

            ValueTask<object?> completed = CompleteValue(returnType, context, path, resolved.Result);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompleted(completed, returnType, field, path);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return new ValueTask<object?>(HandleFieldError(error, returnType, field, path));
        }
    }

    private async ValueTask<object?> AwaitResolved(ValueTask<object?> resolved, ResolverContext context, GraphQLType returnType)
    {
        try
        {
            object? value = await resolved.ConfigureAwait(false);
            return await CompleteValue(returnType, context, context.Path, value).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, context.Field, context.Path);
        }
    }

    private async ValueTask<object?> AwaitCompleted(ValueTask<object?> completed, GraphQLType returnType, PlannedField field, Path path)
    {
        try
        {
            return await completed.ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, path);
        }
    }

    /// <summary>A nullable position takes the error and becomes null; a non-null one passes it to its parent.</summary>
    private object? HandleFieldError(Exception error, GraphQLType returnType, PlannedField field, Path path)
    {
        GraphQLError located = Locate(error, field, path);
        if (returnType is NonNullType)
        {
            throw located;
        }

        Errors.Add(located, path);
        return null;
    }

    private GraphQLError Locate(Exception error, PlannedField field, Path path)
    {
        if (error is GraphQLError { Path: not null } located)
        {
            return located;
        }

        Exception reported = error is GraphQLError || _mapException is null ? error : _mapException(error);
        return GraphQLError.Locate(reported, field.Nodes, path.ToList());
    }

    private bool IsCancellation(Exception error) => error is OperationCanceledException && CancellationToken.IsCancellationRequested;

    /// <summary>
    /// Completes with <paramref name="result"/> once every pending value is in <paramref name="values"/>,
    /// or fails as soon as one fails (as graphql-js's Promise.all): the error moves up and nulls its
    /// position at once, so errors that siblings still running raise later fall under a nulled position.
    /// </summary>
    private static ValueTask<object?> AwaitAll(object? result, object?[] values, Pending[] pending, int count)
    {
        var all = new AllOrFirstFailure(result, values, count);
        for (int i = 0; i < count; i++)
        {
            all.Watch(pending[i].Index, pending[i].Task);
        }

        return new ValueTask<object?>(all.Task);
    }

    private static async ValueTask<object?> WaitThenThrow(Pending[] pending, int count, Exception error)
    {
        for (int i = 0; i < count; i++)
        {
            try
            {
                await pending[i].Task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first error wins; the others are under the same nulled position.
            }
        }

        ExceptionDispatchInfo.Throw(error);
        return null;
    }

    /// <summary>A field or list item whose value is still being computed, and where it goes.</summary>
    private readonly record struct Pending(int Index, ValueTask<object?> Task);
}
