using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.FollowUps;

[JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
public enum Channel
{
    [JsonStringEnumMemberName("CALL")]
    Call,

    [JsonStringEnumMemberName("VISIT")]
    Visit,

    [JsonStringEnumMemberName("EMAIL")]
    Email,

    [JsonStringEnumMemberName("MEETING")]
    Meeting,

    [JsonStringEnumMemberName("MESSAGE")]
    Message,
}
