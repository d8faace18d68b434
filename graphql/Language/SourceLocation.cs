using System.Text.Json.Serialization;

namespace LiveSales.GraphQL.Language;

/// <summary>A 1-based line and column, as the spec's error format writes them.</summary>
public readonly record struct SourceLocation(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
