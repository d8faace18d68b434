namespace LiveSales.Runtime.Core;

/// <summary>
/// Runs the tasks of one activation one at a time, in order, on the thread pool. Turns of reentrant
/// grains and of interleaving methods run here, so their awaits resume one thread at a time.
/// </summary>
internal sealed class ActivationTaskScheduler : TaskScheduler, IThreadPoolWorkItem
{
    private readonly Queue<Task> _tasks = new();
    private bool _scheduled;

    [ThreadStatic]
    private static ActivationTaskScheduler? s_running;

    public override int MaximumConcurrencyLevel => 1;

    protected override void QueueTask(Task task)
    {
        lock (_tasks)
        {
            _tasks.Enqueue(task);
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
    }

    // Only inline when this thread already runs this scheduler's tasks.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && ReferenceEquals(s_running, this) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_tasks)
        {
            return [.. _tasks];
        }
    }

    void IThreadPoolWorkItem.Execute()
    {
        s_running = this;
        try
        {
            for (var budget = 0; budget < 64; budget++)
            {
                Task? task;
                lock (_tasks)
                {
                    if (!_tasks.TryDequeue(out task))
                    {
                        _scheduled = false;
                        return;
                    }
                }

                TryExecuteTask(task);
            }
        }
        finally
        {
            s_running = null;
        }

        // Budget spent: yield the thread and continue later.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }
}
