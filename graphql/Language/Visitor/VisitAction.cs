namespace LiveSales.GraphQL.Language;

/// <summary>What a visitor tells the walker after entering or leaving a node.</summary>
public enum VisitAction : byte
{
    /// <summary>Go on as usual.</summary>
    Continue,

    /// <summary>On enter: do not visit this node's children and do not call leave for it.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
