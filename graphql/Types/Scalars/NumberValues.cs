using System.Globalization;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types.Scalars;

/// <summary>Reads .NET values as the JavaScript values graphql-js's scalars reason about.</summary>
internal static class NumberValues
{
    /// <summary>The value as a JavaScript number, when it is a number of any .NET numeric type.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or uint or ulong or ushort or float or double or decimal:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>Number(), booleans and non-empty strings included, as Int and Float result coercion do.</summary>
    public static bool TryCoerceToNumber(object? value, out double number)
    {
        switch (value)
        {
            case bool flag:
                number = flag ? 1 : 0;
                return true;
            case string text when text.Length > 0:
                number = JsNumber.Parse(text);
                return true;
            default:
                return TryGetNumber(value, out number);
        }
    }
}
