namespace LiveSales.GrainInterfaces.Assignment;

/// <summary>What the rules match on: the kind of record and its region, industry and source.</summary>
public sealed record AssignmentSubject(AssignmentSubjectKind Kind, string? Region, string? Industry, string? Source);
