namespace LiveSales.Grains.Security;

/// <summary>A WHERE-clause fragment over a grain_state row's <c>data</c>, with its named parameters.</summary>
public sealed record SqlFilter(string Sql, IReadOnlyDictionary<string, object?> Parameters)
{
    public static SqlFilter All { get; } = new("TRUE", new Dictionary<string, object?>());

    public static SqlFilter Nothing { get; } = new("FALSE", new Dictionary<string, object?>());
}
