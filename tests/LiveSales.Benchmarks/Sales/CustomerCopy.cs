using System.Text.Json;
using LiveSales.Grains.Common;
using LiveSales.Grains.Customers;
using LiveSales.Runtime.Storage;
using Npgsql;
using NpgsqlTypes;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Bulk-loads seeded customers with COPY: grain_state, reminders and events each through its own
/// connection, so PostgreSQL fills the three tables (and their indexes) in parallel. State JSON uses
/// the runtime's serializer settings, events the runtime's own event serialization.
/// </summary>
internal sealed class CustomerCopy : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> _connections;
    private readonly NpgsqlBinaryImporter _states;
    private readonly NpgsqlBinaryImporter _reminders;
    private readonly NpgsqlBinaryImporter _events;

    private CustomerCopy(List<NpgsqlConnection> connections, NpgsqlBinaryImporter states, NpgsqlBinaryImporter reminders, NpgsqlBinaryImporter events)
    {
        _connections = connections;
        _states = states;
        _reminders = reminders;
        _events = events;
    }

    public static async Task<CustomerCopy> OpenAsync(NpgsqlDataSource db)
    {
        var connections = new List<NpgsqlConnection>();
        for (var i = 0; i < 3; i++)
        {
            connections.Add(await db.OpenConnectionAsync());
        }

        return new CustomerCopy(
            connections,
            await connections[0].BeginBinaryImportAsync("COPY grain_state (grain_type, grain_key, state_name, version, data, updated_at) FROM STDIN (FORMAT BINARY)"),
            await connections[1].BeginBinaryImportAsync("COPY reminders (grain_type, grain_key, name, first_tick, period, due_at, version) FROM STDIN (FORMAT BINARY)"),
            await connections[2].BeginBinaryImportAsync("COPY events (grain_type, grain_key, state_name, version, type, data, at) FROM STDIN (FORMAT BINARY)"));
    }

    /// <summary>The state JSON exactly as <c>IPersistentState.WriteStateAsync</c> stores it.</summary>
    public static string StateJson(CustomerState state) => JsonSerializer.Serialize(state, JsonSerializerOptions.Web);

    public async Task WriteAsync(SeededCustomer customer)
    {
        var key = customer.State.Id;
        await _states.StartRowAsync();
        await _states.WriteAsync(GrainTypes.Customer, NpgsqlDbType.Text);
        await _states.WriteAsync(key, NpgsqlDbType.Text);
        await _states.WriteAsync(GrainTypes.StateName, NpgsqlDbType.Text);
        await _states.WriteAsync(customer.Version, NpgsqlDbType.Bigint);
        await _states.WriteAsync(StateJson(customer.State), NpgsqlDbType.Jsonb);
        await _states.WriteAsync(customer.WrittenAt, NpgsqlDbType.TimestampTz);

        if (customer.Reminder is { } reminder)
        {
            await _reminders.StartRowAsync();
            await _reminders.WriteAsync(GrainTypes.Customer, NpgsqlDbType.Text);
            await _reminders.WriteAsync(key, NpgsqlDbType.Text);
            await _reminders.WriteAsync(CustomerGrain.ClockReminder, NpgsqlDbType.Text);
            await _reminders.WriteAsync(reminder.DueAt, NpgsqlDbType.TimestampTz);
            await _reminders.WriteNullAsync();
            await _reminders.WriteAsync(reminder.DueAt, NpgsqlDbType.TimestampTz);
            await _reminders.WriteAsync(reminder.Version, NpgsqlDbType.Bigint);
        }

        foreach (var seeded in customer.Events)
        {
            var serialized = SerializedEvent.From(seeded.Event);
            await _events.StartRowAsync();
            await _events.WriteAsync(GrainTypes.Customer, NpgsqlDbType.Text);
            await _events.WriteAsync(key, NpgsqlDbType.Text);
            await _events.WriteAsync(GrainTypes.StateName, NpgsqlDbType.Text);
            await _events.WriteAsync(seeded.Version, NpgsqlDbType.Bigint);
            await _events.WriteAsync(serialized.Type, NpgsqlDbType.Text);
            await _events.WriteAsync(serialized.Json, NpgsqlDbType.Jsonb);
            await _events.WriteAsync(seeded.At, NpgsqlDbType.TimestampTz);
        }
    }

    /// <summary>Commits the three COPYs.</summary>
    public async Task CompleteAsync()
    {
        await Task.WhenAll(_states.CompleteAsync().AsTask(), _reminders.CompleteAsync().AsTask(), _events.CompleteAsync().AsTask());
    }

    public async ValueTask DisposeAsync()
    {
        await _states.DisposeAsync();
        await _reminders.DisposeAsync();
        await _events.DisposeAsync();
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
