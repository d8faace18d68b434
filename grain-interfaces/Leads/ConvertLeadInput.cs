namespace LiveSales.GrainInterfaces.Leads;

/// <summary>
/// Overrides for lead conversion. Every null field is filled by the mapping rules from the lead
/// (company or name → customer name, region, industry, source, tags; the lead's person → contact).
/// </summary>
public sealed record ConvertLeadInput
{
    public string? CustomerName { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public string? Tier { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The customer's pool (its return rules); the lead's pool when omitted.</summary>
    public string? PoolId { get; init; }

    public bool CreateOpportunity { get; init; }

    public string? OpportunityName { get; init; }

    public decimal? OpportunityAmount { get; init; }

    public string? OpportunityStage { get; init; }
}
