namespace LiveSales.GrainInterfaces.Users;

public static class EmailAddress
{
    /// <summary>The form emails are compared and keyed in: trimmed, lower case.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>One '@' with something on each side and a dot in the domain; no spaces.</summary>
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254)
        {
            return false;
        }

        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 3
            && trimmed.IndexOf('.', at) > at + 1 && !trimmed.EndsWith('.') && !trimmed.Any(char.IsWhiteSpace);
    }
}
