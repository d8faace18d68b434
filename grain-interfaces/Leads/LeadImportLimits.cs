namespace LiveSales.GrainInterfaces.Leads;

public static class LeadImportLimits
{
    /// <summary>The most rows one import call takes.</summary>
    public const int MaxRows = 10_000;
}
