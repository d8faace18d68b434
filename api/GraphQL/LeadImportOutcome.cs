using LiveSales.GrainInterfaces.Leads;

namespace LiveSales.Api.GraphQL;

/// <summary>What <c>importLeads</c> answers: the import's id (to repeat it safely) and its result.</summary>
public sealed record LeadImportOutcome(string ImportId, LeadImportResult Result);
