namespace LiveSales.Runtime;

/// <summary>
/// The identity of a grain: its type name (from <see cref="GrainTypeAttribute"/> or the class name)
/// and its key. Guid keys are stored in their "N" form.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
