namespace LiveSales.Benchmarks.Sales;

/// <summary>A time or memory goal: judged at full size only (smoke sizes say nothing about speed).</summary>
internal static class SpeedGoal
{
    public static bool Judge(string what, bool met, bool smoke)
    {
        if (smoke)
        {
            Console.WriteLine($"  goal: {what}: not judged at smoke size");
            return true;
        }

        return Report.Goal(what, met);
    }
}
