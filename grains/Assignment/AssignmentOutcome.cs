using LiveSales.GrainInterfaces.Assignment;

namespace LiveSales.Grains.Assignment;

/// <summary>A decision and the round-robin cursor to save for its rule (null: unchanged).</summary>
public sealed record AssignmentOutcome(AssignmentDecision Decision, string? CursorRuleId, string? CursorUserId);
