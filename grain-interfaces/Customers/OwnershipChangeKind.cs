using System.Text.Json.Serialization;

namespace LiveSales.GrainInterfaces.Customers;

[JsonConverter(typeof(JsonStringEnumConverter<OwnershipChangeKind>))]
public enum OwnershipChangeKind
{
    /// <summary>Given to an owner by a manager, an admin or an assignment rule.</summary>
    [JsonStringEnumMemberName("ASSIGNED")]
    Assigned,

    /// <summary>Taken from the pool by the rep itself.</summary>
    [JsonStringEnumMemberName("CLAIMED")]
    Claimed,

    /// <summary>Given back to the pool by the owner (or its manager, or an admin).</summary>
    [JsonStringEnumMemberName("RELEASED")]
    Released,

    /// <summary>Sent back to the pool by a return rule.</summary>
    [JsonStringEnumMemberName("RETURNED")]
    Returned,
}
