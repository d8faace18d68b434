namespace LiveSales.Api;

/// <summary>An error as clients see it: a code of API.md and a message.</summary>
public sealed record ApiError(string Code, string Message, bool Expected)
{
    public override string ToString() => $"{Code}: {Message}";
}
