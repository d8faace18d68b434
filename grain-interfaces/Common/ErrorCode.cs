namespace LiveSales.GrainInterfaces;

/// <summary>
/// Why a domain operation was refused. The API reports <see cref="DomainException.ApiCode"/> as the
/// GraphQL error's <c>extensions.code</c>; the names are the public contract of API.md.
/// </summary>
public enum ErrorCode
{
    /// <summary>The input is malformed or breaks a rule of its own (no state was read).</summary>
    BadUserInput,

    /// <summary>The actor may not see or do this.</summary>
    Forbidden,

    /// <summary>An id names nothing.</summary>
    NotFound,

    /// <summary>The operation clashes with the current state (duplicate, stale, wrong status).</summary>
    Conflict,

    /// <summary>The rep claimed as many customers today as the pool allows.</summary>
    ClaimLimitReached,

    /// <summary>The rep holds as many customers as the pool allows.</summary>
    HoldingLimitReached,

    /// <summary>A former owner tried to re-claim before the pool's cooldown ended.</summary>
    Cooldown,

    /// <summary>The customer already has an owner.</summary>
    AlreadyOwned,

    /// <summary>Only the owner (or its manager, or an admin) may do this.</summary>
    NotOwner,
}
