using LiveSales.GraphQL.TestServer;
using LiveSales.GraphQL.Transport;

// The conformance schema and data of tests/e2e/graphql/corpus/execution, with a subscription and a
// few fields for transport tests: `dotnet LiveSales.GraphQL.TestServer.dll --urls http://127.0.0.1:PORT`.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQL(ConformanceSchema.Create(), TestServerOptions.Configure);
WebApplication app = builder.Build();
app.MapGraphQL("/graphql");
app.MapGet("/healthz", () => "ok");
app.Run();

/// <summary>The entry point, for WebApplicationFactory.</summary>
public partial class Program;
