using System.Text.Json;

namespace LiveSales.GraphQL.Builders;

/// <summary>How .NET names become GraphQL names: members in camelCase, enum members in UPPER_SNAKE_CASE.</summary>
public static class NameConventions
{
    /// <summary><c>OwnerId</c> → <c>ownerId</c>, <c>ID</c> → <c>id</c>.</summary>
    public static string FieldName(string memberName) => JsonNamingPolicy.CamelCase.ConvertName(memberName);

    /// <summary><c>NotContacted</c> → <c>NOT_CONTACTED</c>.</summary>
    public static string EnumValueName(string memberName) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(memberName);
}
