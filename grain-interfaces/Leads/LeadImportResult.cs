namespace LiveSales.GrainInterfaces.Leads;

/// <summary>The outcome of a bulk import: a lead per good row, a reason per bad row (rows count from 1).</summary>
public sealed record LeadImportResult(IReadOnlyList<LeadImportResult.CreatedRow> Created, IReadOnlyList<LeadImportResult.RowError> Errors)
{
    public sealed record CreatedRow(int Row, string LeadId, string? OwnerId);

    public sealed record RowError(int Row, string Reason);
}
