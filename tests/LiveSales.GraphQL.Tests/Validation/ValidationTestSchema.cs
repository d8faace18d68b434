using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Validation;

/// <summary>The schema of the validation tests, the same file the differential tests against graphql-js use.</summary>
internal static class ValidationTestSchema
{
    public static Schema Schema { get; } =
        SchemaBuilder.BuildSchema(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Validation", "schema.graphql")));
}
