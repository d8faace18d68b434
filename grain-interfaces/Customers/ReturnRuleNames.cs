namespace LiveSales.GrainInterfaces.Customers;

/// <summary>The return rules, by the name written into RETURNED history entries.</summary>
public static class ReturnRuleNames
{
    public const string NoFollowUp = "NO_FOLLOW_UP";

    public const string NoDeal = "NO_DEAL";
}
