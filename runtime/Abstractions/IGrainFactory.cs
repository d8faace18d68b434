namespace LiveSales.Runtime;

/// <summary>
/// Gives references to virtual actors. A reference is cheap and always valid: the grain is
/// activated on its first call. A null or empty key throws <see cref="ArgumentException"/>.
/// </summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;

    TGrainInterface GetGrain<TGrainInterface>(Guid key)
        where TGrainInterface : IGrainWithGuidKey;

    /// <summary>A reference by identity, for code that holds a <see cref="GrainId"/> (reminders, feeds).</summary>
    TGrainInterface GetGrain<TGrainInterface>(GrainId id)
        where TGrainInterface : IGrain;
}
