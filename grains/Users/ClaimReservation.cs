using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Grains.Users;

/// <summary>
/// A claim counted against the rep's limits around the record's own change: reserved first (or
/// refused with CLAIM_LIMIT_REACHED / HOLDING_LIMIT_REACHED), then completed, giving the count back
/// when the change failed.
/// </summary>
public static class ClaimReservation
{
    public static async Task RunAsync(IUserGrain rep, string recordId, int? claimLimitPerDay, int? maxOwned, Func<Task> claim)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(claim);
        await rep.ReserveClaimAsync(recordId, claimLimitPerDay, maxOwned);
        var succeeded = false;
        try
        {
            await claim();
            succeeded = true;
        }
        finally
        {
            await rep.CompleteClaimAsync(recordId, succeeded);
        }
    }
}
