using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Events;

[JsonConverter(typeof(JsonStringEnumConverter<PoolChangeKind>))]
public enum PoolChangeKind
{
    [JsonStringEnumMemberName("ADDED")]
    Added,

    [JsonStringEnumMemberName("REMOVED")]
    Removed,
}
