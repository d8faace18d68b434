namespace LiveSales.Benchmarks.Sales;

/// <summary>The customer's one-shot "clock" reminder row: due time (= first tick) and registration version.</summary>
public sealed record SeededReminder(DateTimeOffset DueAt, long Version);
