namespace LiveSales.Runtime;

/// <summary>Names a grain class's type in storage, reminders and events (default: the class name).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Requests to this grain may interleave at await points (still one thread at a time).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute
{
}

/// <summary>Calls of this interface method interleave with any other request of the activation.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}

/// <summary>Calls of this interface method may interleave with other read-only calls.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReadOnlyAttribute : Attribute
{
}

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{T}"/>: the runtime binds
/// it to the named state of this grain and reads it before <c>OnActivateAsync</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class PersistentStateAttribute(string stateName) : Attribute
{
    public string StateName { get; } = stateName;
}

/// <summary>Names an event type in the event log (default: the CLR type's name).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
