using LiveSales.GrainInterfaces.Leads;

namespace LiveSales.Grains.Queries;

public sealed record LeadListFilter
{
    public static LeadListFilter None { get; } = new();

    public string? OwnerId { get; init; }

    public string? TeamId { get; init; }

    public LeadStatus? Status { get; init; }

    public string? Source { get; init; }

    public string? Region { get; init; }

    public string? NameContains { get; init; }
}
