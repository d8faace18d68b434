using BenchmarkDotNet.Running;

namespace LiveSales.Benchmarks;

/// <summary>Benchmarks and load drivers for LiveSales. <c>--smoke</c> runs each driver at a tiny size (test.sh does).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
