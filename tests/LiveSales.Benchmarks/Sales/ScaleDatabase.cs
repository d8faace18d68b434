using LiveSales.Testing;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>A database on the test server for one size, dropped on dispose; clones are file copies (CREATE DATABASE ... TEMPLATE).</summary>
public sealed class ScaleDatabase : IAsyncDisposable
{
    private ScaleDatabase(string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(TestServer.ConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static Task<ScaleDatabase> CreateAsync(string label) => CreateAsync(label, template: null);

    /// <summary>A copy of this database (no one may be connected to it meanwhile).</summary>
    public Task<ScaleDatabase> CloneAsync(string label) => CreateAsync(label, Name);

    /// <summary>For the driver's own bulk loads and checks: no command timeout.</summary>
    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { CommandTimeout = 0 }.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ServerCommandAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task<ScaleDatabase> CreateAsync(string label, string? template)
    {
        var database = new ScaleDatabase($"ls_scale_{label}_{Guid.NewGuid().ToString("N")[..8]}");
        NpgsqlConnection.ClearAllPools();
        await ServerCommandAsync($"CREATE DATABASE {database.Name}" + (template is null ? "" : $" TEMPLATE {template}"));
        return database;
    }

    private static async Task ServerCommandAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
