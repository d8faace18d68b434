using System.Globalization;

namespace LiveSales.Grains.Common;

/// <summary>Durations in words for alert messages: the largest whole unit, e.g. "3 days", "6 seconds".</summary>
public static class Durations
{
    public static string Describe(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        var (amount, unit) = span switch
        {
            { TotalDays: >= 1 } => (Math.Round(span.TotalDays), "day"),
            { TotalHours: >= 1 } => (Math.Round(span.TotalHours), "hour"),
            { TotalMinutes: >= 1 } => (Math.Round(span.TotalMinutes), "minute"),
            _ => (Math.Ceiling(span.TotalSeconds), "second"),
        };
        return amount.ToString(CultureInfo.InvariantCulture) + " " + unit + (amount == 1 ? "" : "s");
    }
}
