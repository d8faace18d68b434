using LiveSales.Api.Auth;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveSales.Api.Hosting;

/// <summary>Creates the first admin from <c>LiveSales:Auth:AdminEmail/AdminPassword</c> when no user has that email.</summary>
public sealed partial class AdminBootstrap(IGrainFactory grains, TimeProvider clock, IOptions<AuthOptions> options, ILogger<AdminBootstrap> log)
{
    public async Task EnsureAdminAsync()
    {
        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            LogNoAdminConfigured(log);
            return;
        }

        if (await grains.GetGrain<IUserEmailGrain>(EmailAddress.Normalize(email)).GetUserIdAsync().ConfigureAwait(false) is not null)
        {
            return;
        }

        try
        {
            var input = new CreateUserInput { Email = email, Password = password, Name = "Administrator", Role = Role.Admin };
            await grains.GetGrain<IUserGrain>(Ids.New(clock)).CreateAsync(Actor.System, input).ConfigureAwait(false);
            LogAdminCreated(log, email);
        }
        catch (DomainException e) when (e.Code == ErrorCode.Conflict)
        {
            // Another silo created it at the same moment.
        }
        catch (DomainException e)
        {
            throw new InvalidOperationException($"LiveSales:Auth:AdminEmail/AdminPassword cannot make an admin: {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No first admin configured (LiveSales__Auth__AdminEmail / LiveSales__Auth__AdminPassword): nobody can sign in to a new database.")]
    private static partial void LogNoAdminConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first admin {Email}.")]
    private static partial void LogAdminCreated(ILogger logger, string email);
}
