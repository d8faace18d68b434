using System.Reflection;
using System.Text.Json.Serialization;

namespace LiveSales.Api.GraphQL;

/// <summary>The public name of a domain enum value, as its JSON form spells it (<c>RETURNED</c>, <c>OPEN</c>).</summary>
public static class ApiNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return typeof(TEnum).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? name.ToUpperInvariant();
    }
}
