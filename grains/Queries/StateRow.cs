namespace LiveSales.Grains.Queries;

/// <summary>A grain_state row as list queries read it: key, JSON, and the length of a stripped array.</summary>
internal sealed record StateRow(string Key, string Json, int Count);
