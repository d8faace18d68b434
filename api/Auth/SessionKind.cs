using System.Text.Json.Serialization;

namespace LiveSales.Api.Auth;

[JsonConverter(typeof(JsonStringEnumConverter<SessionKind>))]
public enum SessionKind
{
    /// <summary>A user signed in with email and password.</summary>
    [JsonStringEnumMemberName("USER")]
    User,

    /// <summary>A read-only display token for an office wallboard, made by an admin or manager.</summary>
    [JsonStringEnumMemberName("WALLBOARD")]
    Wallboard,
}
