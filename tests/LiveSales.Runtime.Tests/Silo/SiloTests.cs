using System.Net;
using LiveSales.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace LiveSales.Runtime.Tests.Silo;

public sealed class SiloTests
{
    [Fact]
    public async Task The_silo_migrates_at_start_up_and_healthz_answers_200()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = Silo(database.ConnectionString);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var dataSource = database.CreateDataSource();
        await using var applied = dataSource.CreateCommand("SELECT string_agg(id, ',' ORDER BY id) FROM schema_migrations");
        Assert.StartsWith("0001_runtime", (string)(await applied.ExecuteScalarAsync())!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_answers_503_while_the_database_is_away_and_200_when_it_returns()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var proxy = new TcpProxy("127.0.0.1", new NpgsqlConnectionStringBuilder(database.ConnectionString).Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = proxy.Port, Timeout = 2 }.ConnectionString;
        await using var factory = Silo(throughProxy);
        using var client = factory.CreateClient();
        var healthz = new Uri("/healthz", UriKind.Relative);

        var before = (await client.GetAsync(healthz)).StatusCode;
        proxy.Cut();
        var whileDown = (await client.GetAsync(healthz)).StatusCode;
        proxy.Restore();
        var after = (await client.GetAsync(healthz)).StatusCode;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], [before, whileDown, after]);
    }

    [Fact]
    public void Without_a_connection_string_the_silo_refuses_to_start_and_says_which_setting_is_missing()
    {
        using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:LiveSales", ""));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:LiveSales", error.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<global::Program> Silo(string connectionString) =>
        new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:LiveSales", connectionString);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
}
