using BenchmarkDotNet.Attributes;
using LiveSales.GraphQL.Language;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>
/// Lexing and parsing a 10 KB dashboard document (1,768 tokens). Compare with graphql-js on the
/// same text: <c>node tests/LiveSales.Benchmarks/GraphQL/parse-graphql-js.mjs</c>.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly ParseOptions s_noLocation = new() { NoLocation = true };

    private string _document = "";

    [GlobalSetup]
    public void Setup()
    {
        using Stream stream = typeof(ParseBenchmarks).Assembly.GetManifestResourceStream("LiveSales.Benchmarks.GraphQL.dashboard.graphql")!;
        using var reader = new StreamReader(stream);
        _document = reader.ReadToEnd();
    }

    [Benchmark]
    public int Lex()
    {
        var lexer = new Lexer(new Source(_document));
        int tokens = 0;
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Baseline = true)]
    public DocumentNode Parse() => Parser.Parse(_document);

    [Benchmark]
    public DocumentNode ParseWithoutLocations() => Parser.Parse(_document, s_noLocation);

    [Benchmark]
    public string ParseAndPrint() => Printer.Print(Parser.Parse(_document));
}
