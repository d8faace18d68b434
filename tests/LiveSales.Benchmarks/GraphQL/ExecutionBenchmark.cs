using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Server;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;
using LiveSales.GraphQL.Validation;
using Path = System.IO.Path;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>
/// LiveSales.GraphQL against graphql-js in one run, on the same SDL schema (the execution corpus),
/// the same JSON data (100 books) and the same operation: execution alone, the whole pipeline
/// (parse + validate + execute + JSON) with and without the document cache, and parse + validate of
/// a 10 KB document; bytes allocated per request. Single-threaded on both sides.
/// <code>dotnet run -c Release --project tests/LiveSales.Benchmarks -- graphql [--smoke]</code>
/// </summary>
public static class ExecutionBenchmark
{
    public static async Task<bool> RunAsync(bool smoke)
    {
        string root = RepositoryRoot();
        string here = Path.Combine(root, "tests/LiveSales.Benchmarks/GraphQL");
        string schemaPath = Path.Combine(root, "tests/e2e/graphql/corpus/execution/schema.graphql");
        string queryPath = Path.Combine(here, "books-query.graphql");
        string bigPath = Path.Combine(here, "library-10kb.graphql");
        string dataPath = Path.Combine(Path.GetTempPath(), $"livesales-graphql-bench-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(dataPath, BenchmarkData.Generate(100));
        try
        {
            int iterations = smoke ? 20 : 500;
            int rounds = smoke ? 1 : 3;
            var ours = Measure(schemaPath, dataPath, queryPath, bigPath, iterations, rounds);
            JsonElement? reference = await RunGraphQLJsAsync(here, [schemaPath, dataPath, queryPath, bigPath, iterations.ToString(CultureInfo.InvariantCulture), rounds.ToString(CultureInfo.InvariantCulture)]);

            Report.Line("response size", ours.ResultBytes, "bytes");
            Report.Line("LiveSales execute", ours.Execute, "ops/s");
            Report.Line("LiveSales pipeline, document cache", ours.Cached, "ops/s");
            Report.Line("LiveSales pipeline, no cache", ours.Uncached, "ops/s");
            Report.Line("LiveSales parse + validate 10 KB", ours.ParseValidate, "ops/s");
            Report.Line("allocated per execute", ours.ExecuteBytes, "bytes");
            Report.Line("allocated per request, cached", ours.CachedBytes, "bytes");
            Report.Line("allocated per request, no cache", ours.UncachedBytes, "bytes");
            Report.Ratio("document cache gain (cached / no cache)", ours.Cached / ours.Uncached);
            Report.Line("LiveSales small query, document cache", ours.SmallCached, "ops/s");
            Report.Line("LiveSales small query, no cache", ours.SmallUncached, "ops/s");
            Report.Ratio("document cache gain, small query", ours.SmallCached / ours.SmallUncached);
            if (reference is not { } js)
            {
                Console.WriteLine("  graphql-js: not run (node or tests/e2e/node_modules missing)");
                return smoke;
            }

            double jsExecute = js.GetProperty("execute").GetDouble();
            double jsPipeline = js.GetProperty("pipeline").GetDouble();
            double jsParseValidate = js.GetProperty("parseValidate").GetDouble();
            Console.WriteLine($"  graphql-js {js.GetProperty("version").GetString()} on node {js.GetProperty("node").GetString()} (response {js.GetProperty("resultBytes").GetInt32()} bytes)");
            Report.Line("graphql-js execute", jsExecute, "ops/s");
            Report.Line("graphql-js graphql() + JSON.stringify", jsPipeline, "ops/s");
            Report.Line("graphql-js parse + validate 10 KB", jsParseValidate, "ops/s");
            Report.Ratio("execute: LiveSales / graphql-js", ours.Execute / jsExecute);
            Report.Ratio("pipeline, no cache: LiveSales / graphql-js", ours.Uncached / jsPipeline);
            Report.Ratio("pipeline, cached: LiveSales / graphql-js", ours.Cached / jsPipeline);
            Report.Ratio("parse + validate: LiveSales / graphql-js", ours.ParseValidate / jsParseValidate);
            bool met = Report.Goal("execution >= 2x graphql-js", ours.Execute >= 2 * jsExecute)
                & Report.Goal("pipeline (no cache) >= 2x graphql-js", ours.Uncached >= 2 * jsPipeline);
            return smoke || met;
        }
        finally
        {
            File.Delete(dataPath);
        }
    }

    private static Results Measure(string schemaPath, string dataPath, string queryPath, string bigPath, int iterations, int rounds)
    {
        Schema schema = SchemaBuilder.BuildSchema(File.ReadAllText(schemaPath));
        object? data = JsonValues.FromElement(JsonDocument.Parse(File.ReadAllText(dataPath)).RootElement);
        string query = File.ReadAllText(queryPath);
        string big = File.ReadAllText(bigPath);
        DocumentNode document = Parser.Parse(query);
        if (DocumentValidator.Validate(schema, document).Count > 0)
        {
            throw new InvalidOperationException("the benchmark query is not valid");
        }

        var execution = new ExecutionRequest { Schema = schema, Document = document, RootValue = data };
        var request = new GraphQLRequest { Query = query };
        var small = new GraphQLRequest { Query = "query Small($id: ID!) { book(id: $id) { id title authors { name } } featured { title } }", Variables = new Dictionary<string, object?> { ["id"] = "b1" } };
        var context = new RequestContext { RootValue = data };
        RequestExecutor cached = Pipeline(schema, cacheSize: 100);
        RequestExecutor uncached = Pipeline(schema, cacheSize: 0);
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        using var writer = new Utf8JsonWriter(buffer);

        int Write(ExecutionResult result)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            result.WriteTo(writer);
            writer.Flush();
            return buffer.WrittenCount;
        }

        int resultBytes = Write(Wait(cached.ExecuteAsync(request, context)));
        return new Results
        {
            ResultBytes = resultBytes,
            Execute = Throughput(iterations, rounds, () => Wait(Executor.ExecuteAsync(execution))),
            ExecuteBytes = Allocated(iterations, () => Wait(Executor.ExecuteAsync(execution))),
            Cached = Throughput(iterations, rounds, () => Write(Wait(cached.ExecuteAsync(request, context)))),
            CachedBytes = Allocated(iterations, () => Write(Wait(cached.ExecuteAsync(request, context)))),
            Uncached = Throughput(iterations, rounds, () => Write(Wait(uncached.ExecuteAsync(request, context)))),
            UncachedBytes = Allocated(iterations, () => Write(Wait(uncached.ExecuteAsync(request, context)))),
            ParseValidate = Throughput(iterations, rounds, () => DocumentValidator.Validate(schema, Parser.Parse(big))),
            SmallCached = Throughput(iterations * 20, rounds, () => Write(Wait(cached.ExecuteAsync(small, context)))),
            SmallUncached = Throughput(iterations * 20, rounds, () => Write(Wait(uncached.ExecuteAsync(small, context)))),
        };
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    private static RequestExecutor Pipeline(Schema schema, int cacheSize) => new(schema, new GraphQLServerOptions
    {
        DocumentCacheSize = cacheSize,
        MaxDepth = null,
        MaxAliases = null,
    });

    private static double Throughput(int iterations, int rounds, Func<object?> run)
    {
        for (int i = 0; i < Math.Max(iterations, 50); i++)
        {
            run();
        }

        double best = 0;
        for (int round = 0; round < rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < iterations; i++)
            {
                run();
            }

            best = Math.Max(best, iterations / Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        return best;
    }

    private static double Allocated(int iterations, Func<object?> run)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < iterations; i++)
        {
            run();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;
    }

    private static async Task<JsonElement?> RunGraphQLJsAsync(string here, string[] arguments)
    {
        if (!File.Exists(Path.Combine(here, "../../e2e/node_modules/graphql/package.json")))
        {
            return null;
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(here, "execute-graphql-js.mjs"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process node = Process.Start(start)!;
            string output = await node.StandardOutput.ReadToEndAsync();
            string errors = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            if (node.ExitCode != 0)
            {
                Console.WriteLine($"  graphql-js failed: {errors}");
                return null;
            }

            return JsonDocument.Parse(output).RootElement.Clone();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string RepositoryRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "LiveSales.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("LiveSales.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record Results
    {
        public int ResultBytes { get; init; }

        public double Execute { get; init; }

        public double ExecuteBytes { get; init; }

        public double Cached { get; init; }

        public double CachedBytes { get; init; }

        public double Uncached { get; init; }

        public double UncachedBytes { get; init; }

        public double ParseValidate { get; init; }

        public double SmallCached { get; init; }

        public double SmallUncached { get; init; }
    }
}
