namespace LiveSales.Grains.Customers;

/// <summary>When an owned customer returns to its pool, by which rule, and when that rule's clock started.</summary>
public sealed record ReturnDeadline(DateTimeOffset At, string Rule, TimeSpan After, DateTimeOffset ClockStart);
