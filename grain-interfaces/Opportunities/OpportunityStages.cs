namespace LiveSales.GrainInterfaces.Opportunities;

/// <summary>The sales stages in funnel order, with the probability each implies unless overridden.</summary>
public static class OpportunityStages
{
    public const string InitialContact = "INITIAL_CONTACT";
    public const string NeedsAnalysis = "NEEDS_ANALYSIS";
    public const string Proposal = "PROPOSAL";
    public const string Negotiation = "NEGOTIATION";
    public const string Won = "WON";
    public const string Lost = "LOST";

    public static IReadOnlyList<string> Open { get; } = [InitialContact, NeedsAnalysis, Proposal, Negotiation];

    public static bool IsOpenStage(string stage) => Open.Contains(stage);

    public static int DefaultProbability(string stage) => stage switch
    {
        InitialContact => 10,
        NeedsAnalysis => 25,
        Proposal => 50,
        Negotiation => 75,
        Won => 100,
        Lost => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "unknown stage"),
    };
}
