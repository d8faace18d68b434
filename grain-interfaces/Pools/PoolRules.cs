namespace LiveSales.GrainInterfaces.Pools;

/// <summary>
/// How a pool governs its customers. A null duration or limit means "off". The initial values are
/// the defaults of PRODUCT.md, so a rules input with omitted fields takes them.
/// </summary>
public sealed record PoolRules
{
    public static PoolRules Default { get; } = new();

    /// <summary>An owned customer with no follow-up for this long returns to the pool.</summary>
    public TimeSpan? ReturnAfterNoFollowUp { get; init; } = TimeSpan.FromDays(30);

    /// <summary>An owned customer with no won deal for this long returns to the pool.</summary>
    public TimeSpan? ReturnAfterNoDeal { get; init; }

    /// <summary>The owner is warned this long before the return, once per entry.</summary>
    public IReadOnlyList<TimeSpan> RemindBefore { get; init; } = [TimeSpan.FromDays(3), TimeSpan.FromDays(1)];

    public bool ExemptWon { get; init; } = true;

    public bool ExemptOpenOpportunity { get; init; }

    /// <summary>Claims per rep per UTC day, counted over all pools, checked against this pool's limit.</summary>
    public int? ClaimLimitPerDay { get; init; } = 20;

    /// <summary>How long a former owner waits before it may claim the customer again.</summary>
    public TimeSpan? FormerOwnerCooldown { get; init; } = TimeSpan.FromDays(7);

    /// <summary>At most this many customers held by one rep when claiming from this pool.</summary>
    public int? MaxOwnedPerRep { get; init; }
}
