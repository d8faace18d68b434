using LiveSales.Grains.Customers;

namespace LiveSales.Benchmarks.Sales;

/// <summary>The rows a customer grain leaves behind: its state (version, written at), its events, its reminder.</summary>
public sealed class SeededCustomer(CustomerState state)
{
    public CustomerState State { get; } = state;

    public long Version { get; set; }

    public DateTimeOffset WrittenAt { get; set; }

    public List<SeededEvent> Events { get; } = [];

    public SeededReminder? Reminder { get; set; }
}
