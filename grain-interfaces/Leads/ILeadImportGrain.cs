using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Leads;

/// <summary>
/// One bulk import, keyed by import id. Up to <see cref="LeadImportLimits.MaxRows"/> rows; each bad row is reported
/// and skipped, every good row becomes a lead. Returns only when every created lead is durable;
/// calling again with the same id and rows creates nothing twice.
/// </summary>
public interface ILeadImportGrain : IGrainWithStringKey
{
    Task<LeadImportResult> ImportAsync(Actor actor, IReadOnlyList<CreateLeadInput> rows);
}
