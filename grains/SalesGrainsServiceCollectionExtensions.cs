using System.Reflection;
using LiveSales.Grains.Customers;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiveSales.Grains;

public static class SalesGrainsServiceCollectionExtensions
{
    /// <summary>The assembly to give the runtime: <c>runtime.AddGrains(SalesGrainsServiceCollectionExtensions.Assembly)</c>.</summary>
    public static Assembly Assembly => typeof(CustomerGrain).Assembly;

    /// <summary>
    /// The services the sales grains take: the SQL list queries (over the runtime's NpgsqlDataSource)
    /// and the password hasher (its iteration count from <see cref="PasswordHasherOptions"/>).
    /// </summary>
    public static IServiceCollection AddSalesGrains(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton<IPasswordHasher<UserState>, PasswordHasher<UserState>>();
        services.TryAddSingleton<CustomerQueries>();
        services.TryAddSingleton<LeadQueries>();
        services.TryAddSingleton<OpportunityQueries>();
        services.TryAddSingleton<DirectoryQueries>();
        services.TryAddSingleton<OwnedRecordQueries>();
        return services;
    }
}
