using System.Text.Json;
using System.Text.Json.Serialization;
using LiveSales.Api.Auth;
using LiveSales.Api.Demo;
using LiveSales.Api.GraphQL;
using LiveSales.Api.Hosting;
using LiveSales.Api.Live;
using LiveSales.Grains;
using LiveSales.GraphQL.Transport;
using LiveSales.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Api;

/// <summary>The API of a silo: GraphQL at /graphql, the live hub at /hubs/live, bearer-token auth.</summary>
public static class LiveSalesApiExtensions
{
    public const string GraphQLPath = "/graphql";

    /// <summary>The grains the API adds to the runtime (sessions).</summary>
    public static System.Reflection.Assembly GrainAssembly => typeof(SessionGrain).Assembly;

    /// <summary>Registers the sales grains' services, auth, the schema, the hub and the start-up work.</summary>
    public static IServiceCollection AddLiveSalesApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSalesGrains();
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton<SessionAuthenticator>();
        services.AddSingleton<AuthService>();
        services.AddSingleton<WallboardQueries>();
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        services.AddSingleton(_ => LiveSalesSchema.Create());
        services.AddGraphQL(provider => provider.GetRequiredService<Schema>(), options =>
        {
            options.MapException = GraphQLErrorMapping.Map;
            options.RequestErrorCodes = true;
            options.OnConnectionInit = WebSocketAuthentication.OnConnectionInitAsync;
        });

        services.AddSingleton<PoolDirectory>();
        services.AddSingleton<LiveSubscriptions>();
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<LiveConnections>();
        services.AddSignalR().AddJsonProtocol(options =>
        {
            options.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });

        services.AddSingleton<ApiReadiness>();
        services.AddSingleton<AdminBootstrap>();
        services.AddSingleton<DemoActivity>();
        services.AddSingleton<DemoEventLog>();
        services.AddSingleton<DemoData>();
        services.AddHostedService<ApiStartupService>();
        return services;
    }

    /// <summary>Maps /graphql and /hubs/live behind the bearer-token authentication.</summary>
    public static WebApplication MapLiveSalesApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWebSockets();
        app.MapGraphQL(GraphQLPath);
        app.MapHub<LiveHub>(LiveHub.Path);
        return app;
    }
}
