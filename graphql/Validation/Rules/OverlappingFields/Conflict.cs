using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>Two sets of fields answering to one response name that cannot be merged, and why.</summary>
internal sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
