namespace LiveSales.Benchmarks.Sales;

/// <summary>An event a seeded customer's writes appended: the state version that wrote it, the event, when.</summary>
public sealed record SeededEvent(long Version, object Event, DateTimeOffset At);
