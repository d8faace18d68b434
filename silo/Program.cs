using LiveSales.Api;
using LiveSales.Silo;

// Settings (appsettings.json) live beside the binary, wherever the silo is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// The grain runtime on PostgreSQL: configuration, migrations at start-up, graceful shutdown.
builder.AddLiveSalesSilo();

// The API: GraphQL, the live hub, bearer-token auth, the first admin, demo data.
builder.Services.AddLiveSalesApi(builder.Configuration);

var app = builder.Build();

app.MapSiloHealth();

app.MapLiveSalesApi();

app.Run();

public partial class Program
{
}
