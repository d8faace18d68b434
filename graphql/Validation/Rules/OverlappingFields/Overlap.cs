namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>A response name two collections of fields share, with the fields of each.</summary>
internal sealed record Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);
