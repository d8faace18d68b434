namespace LiveSales.GrainInterfaces.Customers;

/// <summary>A person at the customer (or lead) the reps talk to.</summary>
public sealed record Contact
{
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}
