using LiveSales.GraphQL.Server;
using LiveSales.GraphQL.Transport;
using LiveSales.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace LiveSales.GraphQL.Tests.Transport;

/// <summary>A minimal in-memory host for one schema and one set of options.</summary>
internal sealed class CustomHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CustomHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<CustomHost> StartAsync(Schema schema, Action<GraphQLServerOptions> configure)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(schema, configure);
        WebApplication app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        return new CustomHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
