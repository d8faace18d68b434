using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// One customer to seed, as the input a <c>createCustomer</c> by the system would have had at
/// <see cref="CreatedAt"/>: owned by <see cref="Owner"/> under <see cref="Pool"/>'s rules, or unowned in the pool.
/// </summary>
public sealed record CustomerSpec(string Id, int Number, ScaleRep? Owner, PoolView Pool, DateTimeOffset CreatedAt)
{
    private static readonly string[] s_regions = ["EU", "US", "APAC"];
    private static readonly string[] s_industries = ["Retail", "Energy", "Logistics", "Health"];

    public string Name => $"Customer {Number:D7}";

    public string Region => s_regions[Number % s_regions.Length];

    public string Industry => s_industries[Number % s_industries.Length];

    public string? Tier => Number % 50 == 0 ? "key account" : null;

    public static string Source => "import";

    public IReadOnlyList<string> Tags => ["imported", $"batch-{Number % 7}"];

    public IReadOnlyList<Contact> Contacts =>
    [
        new Contact { Name = $"Contact {Number}", Title = "Purchasing", Email = $"contact{Number}@example.test", Phone = "+1 555 0100" },
    ];

    /// <summary>What the grain is asked to create (the twin check creates it through the grain).</summary>
    public CreateCustomerInput Input => new()
    {
        Name = Name,
        Region = Region,
        Industry = Industry,
        Tier = Tier,
        Source = Source,
        Tags = Tags,
        Contacts = Contacts,
        OwnerId = Owner?.Id,
        PoolId = Pool.Id,
    };
}
