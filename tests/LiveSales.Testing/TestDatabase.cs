using Npgsql;

namespace LiveSales.Testing;

/// <summary>
/// A fresh, empty PostgreSQL database for one test or fixture, dropped on dispose.
/// The server comes from <c>LIVESALES_TEST_DB</c> (set by test.sh); without it a private
/// cluster under <c>.data/test-pg</c> is started once with scripts/pg.sh.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string serverConnectionString, string name)
    {
        Name = name;
        ServerConnectionString = serverConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public string ServerConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = TestServer.ConnectionString;
        var name = "ls_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new TestDatabase(server, name);
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
