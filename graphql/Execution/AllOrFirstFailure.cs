using System.Runtime.CompilerServices;

namespace LiveSales.GraphQL.Execution;

/// <summary>Waits for pending field or item values: done when all arrived, failed at the first failure.</summary>
internal sealed class AllOrFirstFailure(object? result, object?[] values, int count)
    : TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    private int _remaining = count;

    public void Watch(int index, ValueTask<object?> task)
    {
        ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter awaiter = task.ConfigureAwait(false).GetAwaiter();
        if (awaiter.IsCompleted)
        {
            Arrived(index, awaiter);
        }
        else
        {
            awaiter.UnsafeOnCompleted(() => Arrived(index, awaiter));
        }
    }

    private void Arrived(int index, ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter awaiter)
    {
        try
        {
            values[index] = awaiter.GetResult();
        }
        catch (Exception error)
        {
            TrySetException(error);
            return;
        }

        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            TrySetResult(result);
        }
    }
}
