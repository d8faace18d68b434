using LiveSales.GrainInterfaces;

namespace LiveSales.Api.GraphQL;

/// <summary>
/// For optional links between records (a customer's lead, a follow-up's opportunity): the linked
/// record when the signed-in user may see it, otherwise null instead of an error on the whole field.
/// </summary>
public static class Visible
{
    public static async Task<T?> OrNullAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (DomainException e) when (e.Code is ErrorCode.Forbidden or ErrorCode.NotFound)
        {
            return null;
        }
    }
}
