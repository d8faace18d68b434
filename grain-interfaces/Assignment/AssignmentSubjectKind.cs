using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Assignment;

[JsonConverter(typeof(JsonStringEnumConverter<AssignmentSubjectKind>))]
public enum AssignmentSubjectKind
{
    [JsonStringEnumMemberName("CUSTOMER")]
    Customer,

    [JsonStringEnumMemberName("LEAD")]
    Lead,
}
