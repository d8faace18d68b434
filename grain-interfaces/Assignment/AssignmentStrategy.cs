using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Assignment;

[JsonConverter(typeof(JsonStringEnumConverter<AssignmentStrategy>))]
public enum AssignmentStrategy
{
    /// <summary>Each eligible rep in turn, continuing after the last one chosen (the cursor is saved).</summary>
    [JsonStringEnumMemberName("ROUND_ROBIN")]
    RoundRobin,

    /// <summary>The rep holding the fewest records.</summary>
    [JsonStringEnumMemberName("LEAST_LOADED")]
    LeastLoaded,

    /// <summary>The rep with the lowest load relative to its capacity.</summary>
    [JsonStringEnumMemberName("CAPACITY_WEIGHTED")]
    CapacityWeighted,
}
