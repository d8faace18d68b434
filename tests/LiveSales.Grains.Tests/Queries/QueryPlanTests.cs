using Dapper;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Queries;
using LiveSales.Runtime.Storage;
using LiveSales.Testing;

namespace LiveSales.Grains.Tests.Queries;

/// <summary>
/// The list queries run as index range scans in key order (no sort, no scan of other rows) on a
/// table shaped like production: 20,000 customers over 1,000 reps and 5 pools.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateDataSource();
        await new MigrationRunner(db).ApplyAsync(TestCluster.MigrationsDirectory);
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync(SyntheticCustomers.InsertSql, new { from = 1, to = 20_000 });
        await connection.ExecuteAsync("ANALYZE grain_state");
    }

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public Task Rep_list_is_a_range_scan_of_customer_by_owner() =>
        AssertPlanAsync(CustomerQueries.ListSql(new Actor("rep-7", Role.Rep, "team-0"), CustomerListFilter.None, null, 51), "customer_by_owner");

    [Fact]
    public Task Rep_list_next_page_is_a_range_scan_of_customer_by_owner() =>
        AssertPlanAsync(CustomerQueries.ListSql(new Actor("rep-7", Role.Rep, "team-0"), CustomerListFilter.None, Cursor("00000000aaaa"), 51), "customer_by_owner");

    [Fact]
    public Task Manager_list_is_a_range_scan_of_customer_by_team() =>
        AssertPlanAsync(CustomerQueries.ListSql(new Actor("mgr", Role.Manager, "team-3"), CustomerListFilter.None, null, 51), "customer_by_team");

    [Fact]
    public Task Pool_page_is_a_range_scan_of_customer_pool_page() =>
        AssertPlanAsync(CustomerQueries.PoolPageSql("pool-2", Cursor("000000001000"), 51), "customer_pool_page");

    [Fact]
    public Task What_returns_next_for_a_rep_is_a_range_scan_of_customer_returns_by_owner() =>
        AssertPlanAsync(CustomerQueries.ReturningNextSql(new Actor("rep-7", Role.Rep, "team-0"), "rep-7", null, null, 51), "customer_returns_by_owner");

    [Fact]
    public async Task Team_sweep_batch_merges_key_ordered_index_scans()
    {
        await using var db = _database!.CreateDataSource();
        await using var connection = await db.OpenConnectionAsync();
        var plan = await connection.ExecuteScalarAsync<string>(
            "EXPLAIN (FORMAT JSON) " + OwnedRecordQueries.Sql,
            new { ownerId = "rep-7", afterKey = "00000000aaaa", afterType = "customer", limit = 500, branchLimit = 501 });

        // Leads and opportunities are absent from this table, so their branches may use the primary key instead.
        Assert.Contains("\"Index Name\": \"customer_by_owner\"", plan, StringComparison.Ordinal);
        Assert.Contains("\"Node Type\": \"Merge Append\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Node Type\": \"Seq Scan\"", plan, StringComparison.Ordinal);
    }

    private static string Cursor(string key) => Grains.Common.Paging.Encode(key);

    private async Task AssertPlanAsync((string Sql, DynamicParameters Parameters) query, string index)
    {
        await using var db = _database!.CreateDataSource();
        await using var connection = await db.OpenConnectionAsync();
        var plan = await connection.ExecuteScalarAsync<string>("EXPLAIN (FORMAT JSON) " + query.Sql, query.Parameters);

        Assert.Contains($"\"Index Name\": \"{index}\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Node Type\": \"Sort\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Node Type\": \"Seq Scan\"", plan, StringComparison.Ordinal);
    }
}
