namespace LiveSales.Runtime.Core;

/// <summary>
/// The activation whose grain is being constructed on this thread, so the <see cref="Grain"/>
/// base constructor can bind it and grain constructors may already use their identity.
/// </summary>
internal static class GrainConstruction
{
    [ThreadStatic]
    private static IGrainContext? s_current;

    public static IGrainContext? Current => s_current;

    public static Scope Begin(IGrainContext context)
    {
        var previous = s_current;
        s_current = context;
        return new Scope(previous);
    }

    public readonly struct Scope(IGrainContext? previous) : IDisposable
    {
        public void Dispose() => s_current = previous;
    }
}
