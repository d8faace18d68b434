namespace LiveSales.GrainInterfaces.Customers;

/// <summary>Changes to a customer's details; a null field stays as it is.</summary>
public sealed record UpdateCustomerInput
{
    public string? Name { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public string? Tier { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<Contact>? Contacts { get; init; }
}
