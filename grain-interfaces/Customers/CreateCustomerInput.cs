namespace LiveSales.GrainInterfaces.Customers;

/// <summary>
/// With <see cref="OwnerId"/> the customer is owned and governed by <see cref="PoolId"/> (or the
/// default pool); with only <see cref="PoolId"/> it is placed unowned in that pool; with neither
/// the assignment rules choose an owner or a pool.
/// </summary>
public sealed record CreateCustomerInput
{
    public required string Name { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public string? Tier { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<Contact>? Contacts { get; init; }

    public string? OwnerId { get; init; }

    public string? PoolId { get; init; }

    /// <summary>Set by lead conversion: makes the create idempotent for that lead.</summary>
    public string? LeadId { get; init; }
}
