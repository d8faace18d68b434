namespace LiveSales.Runtime;

/// <summary>Marker for grain interfaces. A grain interface's methods return Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
public interface IGrain
{
}

/// <summary>A grain identified by a string key.</summary>
public interface IGrainWithStringKey : IGrain
{
}

/// <summary>A grain identified by a Guid key.</summary>
public interface IGrainWithGuidKey : IGrain
{
}
