using LiveSales.GrainInterfaces.Leads;

namespace LiveSales.Api.GraphQL;

/// <summary>The argument of <c>importLeads</c>: an optional import id (for an idempotent retry) and the rows.</summary>
public sealed record ImportLeadsInput
{
    public string? ImportId { get; init; }

    public required IReadOnlyList<CreateLeadInput> Rows { get; init; }
}
