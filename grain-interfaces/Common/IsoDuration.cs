using System.Globalization;
using System.Text;

namespace LiveSales.GrainInterfaces;

/// <summary>
/// ISO-8601 durations as rules use them: <c>PnW</c>, <c>PnDTnHnMnS</c> (seconds may have a fraction).
/// Years and months are refused because their length depends on the calendar; negatives too.
/// </summary>
public static class IsoDuration
{
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw DomainException.BadInput($"'{text}' is not an ISO-8601 duration such as P30D or PT6S.");

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 3 || (text[0] != 'P' && text[0] != 'p'))
        {
            return false;
        }

        var s = text.Trim().ToUpperInvariant();

        decimal seconds = 0;
        var inTime = false;
        var any = false;
        var number = new StringBuilder();
        var lastUnit = -1;
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || c == '.' || c == ',')
            {
                number.Append(c == ',' ? '.' : c);
                continue;
            }

            if (c == 'T')
            {
                if (inTime || number.Length > 0)
                {
                    return false;
                }

                inTime = true;
                continue;
            }

            if (number.Length == 0 || !decimal.TryParse(number.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            number.Clear();
            var (unit, order) = (c, inTime) switch
            {
                ('W', false) => (7m * 86400, 0),
                ('D', false) => (86400m, 1),
                ('H', true) => (3600m, 2),
                ('M', true) => (60m, 3),
                ('S', true) => (1m, 4),
                _ => (0m, -1),
            };
            if (order <= lastUnit)
            {
                return false;
            }

            lastUnit = order;
            seconds += amount * unit;
            any = true;
        }

        if (!any || number.Length > 0 || (inTime && lastUnit < 2) || seconds > (decimal)TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Days, hours, minutes and seconds: P30D, PT6S, P1DT2H, PT0.5S; zero is PT0S.</summary>
    public static string Format(TimeSpan value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
        var builder = new StringBuilder("P");
        if (value.Days > 0)
        {
            builder.Append(value.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        var rest = value - TimeSpan.FromDays(value.Days);
        if (rest > TimeSpan.Zero || value == TimeSpan.Zero)
        {
            builder.Append('T');
            if (rest.Hours > 0)
            {
                builder.Append(rest.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (rest.Minutes > 0)
            {
                builder.Append(rest.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            var secondTicks = rest.Ticks % TimeSpan.TicksPerMinute;
            if (secondTicks > 0 || value == TimeSpan.Zero)
            {
                var secondsValue = secondTicks / (decimal)TimeSpan.TicksPerSecond;
                builder.Append(secondsValue.ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return builder.ToString();
    }
}
