using BenchmarkDotNet.Attributes;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>
/// Validating the 10 KB dashboard document with the specified rules, alone and after parsing, and
/// the 10,000-alias and 10,000-field documents:
/// <c>dotnet run -c Release --project tests/LiveSales.Benchmarks -- graphql-bdn --filter *Validate*</c>.
/// graphql-js on the same documents: <c>node tests/LiveSales.Benchmarks/GraphQL/validate-graphql-js.mjs</c>.
/// </summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private string _dashboardText = "";
    private DocumentNode _dashboard = null!;
    private DocumentNode _aliases = null!;
    private DocumentNode _identicalFields = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dashboardText = ValidationDocuments.Dashboard;
        _dashboard = Parser.Parse(_dashboardText);
        _aliases = Parser.Parse(ValidationDocuments.Aliases);
        _identicalFields = Parser.Parse(ValidationDocuments.IdenticalFields);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<GraphQLError> ValidateDashboard() => DocumentValidator.Validate(ValidationDocuments.Schema, _dashboard);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidateDashboard() =>
        DocumentValidator.Validate(ValidationDocuments.Schema, Parser.Parse(_dashboardText));

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateTenThousandAliases() => DocumentValidator.Validate(ValidationDocuments.Schema, _aliases);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateTenThousandIdenticalFields() =>
        DocumentValidator.Validate(ValidationDocuments.Schema, _identicalFields);
}
