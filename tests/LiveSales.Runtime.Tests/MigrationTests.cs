using LiveSales.Runtime.Storage;
using LiveSales.Testing;

namespace LiveSales.Runtime.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_in_order_once_and_a_second_run_does_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = database.CreateDataSource();
        var runner = new MigrationRunner(dataSource);

        var first = await runner.ApplyAsync(TestCluster.MigrationsDirectory);
        var second = await runner.ApplyAsync(TestCluster.MigrationsDirectory);

        Assert.Equal(Directory.GetFiles(TestCluster.MigrationsDirectory, "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), first);
        Assert.Equal("0001_runtime", first[0]);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Two_silos_migrating_at_once_apply_each_file_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var one = database.CreateDataSource();
        await using var two = database.CreateDataSource();

        var results = await Task.WhenAll(
            new MigrationRunner(one).ApplyAsync(TestCluster.MigrationsDirectory),
            new MigrationRunner(two).ApplyAsync(TestCluster.MigrationsDirectory));

        Assert.Equal(Directory.GetFiles(TestCluster.MigrationsDirectory, "*.sql").Length, results.Sum(r => r.Count));
        await using var count = one.CreateCommand("SELECT count(*) FROM schema_migrations");
        Assert.Equal((long)results.Sum(r => r.Count), await count.ExecuteScalarAsync());
    }
}
