using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Api.Auth;

/// <summary>The GraphQL <c>Session</c>: the token (shown once), when it expires, and who it is for.</summary>
public sealed record LoginResult(string Token, DateTimeOffset ExpiresAt, UserView User);
