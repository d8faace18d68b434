using LiveSales.GrainInterfaces.Security;

namespace LiveSales.Grains.Assignment;

/// <summary>A rep an assignment rule may choose, with what the strategies weigh: its load and capacity.</summary>
public sealed record Candidate(string UserId, string Name, Role Role, string? TeamId, bool Active, bool Away, int? Capacity, int Load);
