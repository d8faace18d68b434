using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Users;

/// <summary>
/// Keyed by the normalised email (<see cref="EmailAddress.Normalize"/>): which user owns it. The one place
/// that makes emails unique, and the sign-in lookup.
/// </summary>
public interface IUserEmailGrain : IGrainWithStringKey
{
    /// <summary>Takes the email for the user, or returns the id of the user that holds it already.</summary>
    Task<string> ReserveAsync(string userId);

    /// <summary>Takes the email over from a holder that no longer exists (a create that failed half-way).</summary>
    Task<bool> TakeOverAsync(string userId, string previousUserId);

    [ReadOnly]
    Task<string?> GetUserIdAsync();
}
