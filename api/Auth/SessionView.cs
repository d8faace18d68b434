namespace LiveSales.Api.Auth;

/// <summary>
/// A bearer token's session. <see cref="Id"/> is the SHA-256 of the token (the token itself is never
/// stored). A user session acts as <see cref="UserId"/>; a wallboard session as a read-only wallboard
/// scoped to <see cref="TeamId"/> (null: the whole organisation), made by <see cref="UserId"/>.
/// </summary>
public sealed record SessionView
{
    public required string Id { get; init; }

    public required SessionKind Kind { get; init; }

    public required string UserId { get; init; }

    /// <summary>The wallboard's display name (wallboard sessions only).</summary>
    public string? Name { get; init; }

    public string? TeamId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null: a wallboard token that lasts until it is revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBy { get; init; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);
}
