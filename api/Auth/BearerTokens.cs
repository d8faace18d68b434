using System.Security.Cryptography;
using System.Text;

namespace LiveSales.Api.Auth;

/// <summary>
/// Opaque bearer tokens: 256 random bits, prefixed so a leaked one is recognisable in logs and
/// scanners. Only their SHA-256 is stored (it keys the session grain), so the database cannot be
/// used to sign in.
/// </summary>
public static class BearerTokens
{
    public const string Prefix = "ls_";
    private const int RandomBytes = 32;

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(RandomBytes))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The session id of a token, or null when the text cannot be one of ours.</summary>
    public static string? SessionIdOf(string? token)
    {
        if (token is null || token.Length is < 20 or > 100 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
