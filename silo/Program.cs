using LiveSales.Silo;

// Settings (appsettings.json) live beside the binary, wherever the silo is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// The grain runtime on PostgreSQL: configuration, migrations at start-up, graceful shutdown.
builder.AddLiveSalesSilo();

// The API (GraphQL, SignalR hub, auth) registers its services here with AddLiveSalesApi.

var app = builder.Build();

app.MapSiloHealth();

// ...and maps its endpoints here with MapLiveSalesApi.

app.Run();

public partial class Program
{
}
