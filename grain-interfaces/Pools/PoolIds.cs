namespace LiveSales.GrainInterfaces.Pools;

public static class PoolIds
{
    /// <summary>The pool that exists from the first start, with the default rules, open to every rep.</summary>
    public const string Default = "default";

    public const string DefaultName = "Public pool";
}
