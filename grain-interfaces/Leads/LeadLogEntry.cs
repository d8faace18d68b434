namespace LiveSales.GrainInterfaces.Leads;

/// <summary>One line of a lead's operation log: created, assigned, status changed, converted...</summary>
public sealed record LeadLogEntry(DateTimeOffset At, string ByUserId, string Action, string? Detail);
