namespace LiveSales.Api.Auth;

/// <summary>Nobody is signed in, or the sign-in failed: the API reports <c>UNAUTHENTICATED</c>.</summary>
public sealed class AuthenticationFailedException : Exception
{
    public AuthenticationFailedException()
        : this("Not signed in, or the token is unknown, expired or revoked: send a token from the login mutation as 'Authorization: Bearer TOKEN'.")
    {
    }

    public AuthenticationFailedException(string message)
        : base(message)
    {
    }

    public AuthenticationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
