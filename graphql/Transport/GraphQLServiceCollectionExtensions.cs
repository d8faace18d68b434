using LiveSales.GraphQL.Server;
using LiveSales.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveSales.GraphQL.Transport;

/// <summary>Registers the GraphQL request pipeline of a schema: <c>services.AddGraphQL(schema, options => ...)</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQL(_ => schema, configure);
    }

    /// <summary>The schema is built once, on first use, from the application's services.</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Func<IServiceProvider, Schema> schema, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        services.AddSingleton(provider =>
        {
            var options = new GraphQLServerOptions();
            configure?.Invoke(options);
            return new RequestExecutor(schema(provider), options, provider.GetService<ILogger<RequestExecutor>>());
        });
        return services;
    }
}
