using System.Globalization;
using System.Text.Json;
using LiveSales.Runtime.Core;

namespace LiveSales.Runtime.Storage;

/// <summary>A grain's named state, stored as JSON with a version that guards every write.</summary>
internal sealed class PersistentState<TState>(Activation activation, string stateName, GrainStateStorage storage)
    : IPersistentState<TState>, IStateBinding
{
    private static readonly bool s_constructible = typeof(TState).IsValueType || typeof(TState).GetConstructor(Type.EmptyTypes) is not null;
    private volatile bool _writing;

    public TState State { get; set; } = CreateDefault();

    public string? Etag => Version == 0 ? null : Version.ToString(CultureInfo.InvariantCulture);

    public bool RecordExists { get; private set; }

    public string StateName { get; } = stateName;

    public long Version { get; private set; }

    public long OwnVersion => _writing ? Version + 1 : Version;

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(activation.GrainId, StateName).ConfigureAwait(false);
        TState state;
        try
        {
            state = stored.Json is null ? CreateDefault() : JsonSerializer.Deserialize<TState>(stored.Json, JsonSerializerOptions.Web) ?? CreateDefault();
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new StateDeserializationException(
                $"State '{StateName}' of grain {activation.GrainId} (version {stored.Version}) cannot be read as {typeof(TState).Name}: {e.Message} The stored data is left unchanged.",
                e);
        }

        State = state;
        Version = stored.Version;
        RecordExists = stored.Json is not null;
    }

    public Task WriteStateAsync() => StoreAsync(JsonSerializer.Serialize(State, JsonSerializerOptions.Web));

    public async Task ClearStateAsync()
    {
        await StoreAsync(null).ConfigureAwait(false);
        State = CreateDefault();
    }

    private async Task StoreAsync(string? json)
    {
        var events = activation.TakeEvents();
        var serialized = new SerializedEvent[events.Count];
        for (var i = 0; i < serialized.Length; i++)
        {
            serialized[i] = SerializedEvent.From(events[i]);
        }

        _writing = true;
        try
        {
            Version = await storage.WriteAsync(activation.GrainId, StateName, Version, json, serialized, activation.Runtime.Time.GetUtcNow()).ConfigureAwait(false);
            RecordExists = json is not null;
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(DeactivationReason.StaleState);
            throw;
        }
        catch
        {
            activation.RequestDeactivation(DeactivationReason.WriteFailed);
            throw;
        }
        finally
        {
            _writing = false;
        }
    }

    private static TState CreateDefault() => s_constructible ? Activator.CreateInstance<TState>() : default!;
}
