namespace LiveSales.GrainInterfaces.Assignment;

/// <summary>
/// One line of the ordered rule list. Empty match lists match anything (values compare ignoring
/// case). The rule hands the record to one of <see cref="UserIds"/> or of the reps of
/// <see cref="TeamId"/> by <see cref="Strategy"/>, or, with neither, puts it in <see cref="PoolId"/>.
/// </summary>
public sealed record AssignmentRule
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Which records the rule applies to; empty means customers and leads.</summary>
    public IReadOnlyList<AssignmentSubjectKind> AppliesTo { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Industries { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<string> UserIds { get; init; } = [];

    public string? TeamId { get; init; }

    public AssignmentStrategy Strategy { get; init; } = AssignmentStrategy.RoundRobin;

    /// <summary>The pool whose rules govern what this rule assigns, and where it goes when no rep can take it.</summary>
    public string? PoolId { get; init; }

    /// <summary>Leads assigned by this rule must be touched within this time (else the config's default).</summary>
    public TimeSpan? LeadAcceptWithin { get; init; }
}
