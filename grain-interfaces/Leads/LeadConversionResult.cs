namespace LiveSales.GrainInterfaces.Leads;

public sealed record LeadConversionResult(string LeadId, string CustomerId, string? OpportunityId);
