using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Leads;

[JsonConverter(typeof(JsonStringEnumConverter<LeadStatus>))]
public enum LeadStatus
{
    [JsonStringEnumMemberName("NEW")]
    New,

    [JsonStringEnumMemberName("ASSIGNED")]
    Assigned,

    [JsonStringEnumMemberName("CONTACTED")]
    Contacted,

    [JsonStringEnumMemberName("QUALIFIED")]
    Qualified,

    [JsonStringEnumMemberName("CONVERTED")]
    Converted,

    [JsonStringEnumMemberName("DISQUALIFIED")]
    Disqualified,
}
