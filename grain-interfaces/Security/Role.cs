using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Security;

[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    [JsonStringEnumMemberName("ADMIN")]
    Admin,

    [JsonStringEnumMemberName("MANAGER")]
    Manager,

    [JsonStringEnumMemberName("REP")]
    Rep,

    [JsonStringEnumMemberName("WALLBOARD")]
    Wallboard,
}
