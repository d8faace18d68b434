using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Runtime;

namespace LiveSales.Grains.Users;

[GrainType(GrainTypes.UserEmail)]
public sealed class UserEmailGrain([PersistentState(GrainTypes.StateName)] IPersistentState<UserEmailState> state, TimeProvider clock)
    : StatefulGrain<UserEmailState>(state, clock), IUserEmailGrain
{
    public async Task<string> ReserveAsync(string userId)
    {
        if (State.UserId is { } holder)
        {
            return holder;
        }

        State.UserId = userId;
        await WriteAsync();
        return userId;
    }

    public async Task<bool> TakeOverAsync(string userId, string previousUserId)
    {
        if (State.UserId == userId)
        {
            return true;
        }

        if (State.UserId != previousUserId)
        {
            return false;
        }

        State.UserId = userId;
        await WriteAsync();
        return true;
    }

    public Task<string?> GetUserIdAsync() => Task.FromResult(State.UserId);
}
