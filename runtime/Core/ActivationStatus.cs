namespace LiveSales.Runtime.Core;

internal enum ActivationStatus
{
    /// <summary>Constructing the grain, reading its state, running OnActivateAsync; requests queue.</summary>
    Activating,

    /// <summary>Serving requests.</summary>
    Valid,

    /// <summary>Running OnDeactivateAsync; new requests queue and move to the next activation.</summary>
    Deactivating,

    /// <summary>Gone from the directory; a request that still finds it looks again.</summary>
    Invalid,
}
