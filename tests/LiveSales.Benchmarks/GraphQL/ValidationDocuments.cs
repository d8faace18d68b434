using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>
/// The documents validation is measured on, the same as validate-graphql-js.mjs builds: the 10 KB
/// dashboard against the API schema, 10,000 aliases, and 10,000 identical fields.
/// </summary>
internal static class ValidationDocuments
{
    public const int Repeat = 10_000;

    public static string Dashboard { get; } = Resource("dashboard.graphql");

    public static Schema Schema { get; } = SchemaBuilder.BuildSchema(Resource("dashboard-schema.graphql"));

    public static string Aliases { get; } = $"{{ me {{ {string.Join(' ', Enumerable.Range(0, Repeat).Select(i => $"a{i}: name"))} }} }}";

    public static string IdenticalFields { get; } = $"{{ me {{ {string.Join(' ', Enumerable.Repeat("name", Repeat))} }} }}";

    private static string Resource(string name)
    {
        using Stream stream = typeof(ValidationDocuments).Assembly.GetManifestResourceStream($"LiveSales.Benchmarks.GraphQL.{name}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
