using LiveSales.GrainInterfaces;

namespace LiveSales.Grains.Users;

/// <summary>The per-rep limits of a claim: claims per day, customers held.</summary>
public static class ClaimLimits
{
    public static void Ensure(int claimsToday, int? claimLimitPerDay, int held, int? maxOwned)
    {
        if (claimLimitPerDay is { } limit && claimsToday >= limit)
        {
            throw new DomainException(ErrorCode.ClaimLimitReached, $"You have claimed {claimsToday} customers today; this pool allows {limit} a day.");
        }

        if (maxOwned is { } cap && held >= cap)
        {
            throw new DomainException(ErrorCode.HoldingLimitReached, $"You hold {held} customers; this pool allows at most {cap} per rep.");
        }
    }
}
