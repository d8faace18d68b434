namespace LiveSales.Benchmarks.Sales;

/// <summary>A rep of the seeded organisation: what a customer's owner fields and history need.</summary>
public sealed record ScaleRep(string Id, string Name, string TeamId);
