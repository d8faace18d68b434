namespace LiveSales.Runtime.Storage;

/// <summary>A state row as read: its version (0 when never written) and JSON (null when absent or cleared).</summary>
internal readonly record struct StoredState(long Version, string? Json);
