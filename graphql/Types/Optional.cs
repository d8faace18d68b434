namespace LiveSales.GraphQL.Types;

/// <summary>A value that may be absent — distinct from a value that is null (JavaScript's undefined vs null).</summary>
public readonly struct Optional<T>(T value)
{
    public bool HasValue { get; } = true;

    public T Value { get; } = value;

    public static implicit operator Optional<T>(T value) => new(value);

    public override string ToString() => HasValue ? $"{Value}" : "(none)";
}
