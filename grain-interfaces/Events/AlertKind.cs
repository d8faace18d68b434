using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Events;

[JsonConverter(typeof(JsonStringEnumConverter<AlertKind>))]
public enum AlertKind
{
    [JsonStringEnumMemberName("FOLLOW_UP_DUE")]
    FollowUpDue,

    [JsonStringEnumMemberName("RETURN_WARNING")]
    ReturnWarning,

    [JsonStringEnumMemberName("RETURNED_TO_POOL")]
    ReturnedToPool,

    [JsonStringEnumMemberName("ASSIGNED")]
    Assigned,

    [JsonStringEnumMemberName("LEAD_ASSIGNED")]
    LeadAssigned,
}
