using System.Globalization;
using System.Text;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Numbers as JavaScript writes and reads them (<c>String(n)</c> and <c>Number(s)</c>), so that
/// coercion messages and coerced strings match the reference implementation digit for digit.
/// </summary>
public static class JsNumber
{
    /// <summary>Formats a double as JavaScript's <c>Number.prototype.toString()</c> does.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value < 0)
        {
            return "-" + Format(-value);
        }

        // Shortest round-trip digits and the decimal exponent n with value = 0.digits × 10^n.
        (string digits, int n) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));
        int k = digits.Length;
        var result = new StringBuilder();
        if (k <= n && n <= 21)
        {
            result.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            int exponent = n - 1;
            result.Append(digits[0]);
            if (k > 1)
            {
                result.Append('.').Append(digits, 1, k - 1);
            }

            result.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    /// <summary>Reads a string as JavaScript's <c>Number(s)</c> does; NaN when it is not a number.</summary>
    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = TrimJsWhitespace(text);
        if (s.Length == 0)
        {
            return 0;
        }

        switch (s)
        {
            case "Infinity" or "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            double result = 0;
            for (int i = 2; i < s.Length; i++)
            {
                int digit = HexValue(s[i]);
                if (digit < 0 || digit >= radix)
                {
                    return double.NaN;
                }

                result = (result * radix) + digit;
            }

            return result;
        }

        return IsDecimalLiteral(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            ? parsed
            : double.NaN;
    }

    /// <summary>True when a double holds an integer (JavaScript's <c>Number.isInteger</c>).</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    private static (string Digits, int Exponent) Decompose(string roundTrip)
    {
        int e = roundTrip.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? roundTrip : roundTrip[..e];
        int exponent = e < 0 ? 0 : int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int point = mantissa.IndexOf('.', StringComparison.Ordinal);
        string integerPart = point < 0 ? mantissa : mantissa[..point];
        string fraction = point < 0 ? string.Empty : mantissa[(point + 1)..];
        string digits = integerPart + fraction;
        int n = integerPart.Length + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        n -= leadingZeros;
        return (digits.Length == 0 ? "0" : digits, n);
    }

    private static bool IsDecimalLiteral(string s)
    {
        int i = 0;
        if (s[i] is '+' or '-')
        {
            i++;
        }

        int digitsBefore = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digitsBefore++;
        }

        int digitsAfter = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digitsAfter++;
            }
        }

        if (digitsBefore + digitsAfter == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            int exponentDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static string TrimJsWhitespace(string text) =>
        text.Trim(['\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF']);
}
