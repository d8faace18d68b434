using System.Globalization;

namespace LiveSales.Benchmarks;

internal static class Report
{
    public static void Line(string what, double value, string unit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-44} {value,14:N0} {unit}"));

    public static void Ratio(string what, double ratio) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-44} {ratio,14:0.000}x"));

    public static bool Goal(string what, bool met)
    {
        Console.WriteLine($"  goal: {what}: {(met ? "met" : "NOT met")}");
        return met;
    }
}
