using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Opportunities;

[JsonConverter(typeof(JsonStringEnumConverter<OpportunityStatus>))]
public enum OpportunityStatus
{
    [JsonStringEnumMemberName("OPEN")]
    Open,

    [JsonStringEnumMemberName("WON")]
    Won,

    [JsonStringEnumMemberName("LOST")]
    Lost,
}
