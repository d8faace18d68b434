namespace LiveSales.GraphQL.Types;

/// <summary>Directive locations by their names in GraphQL (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocations
{
    private static readonly string[] s_names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    public static string ToName(this DirectiveLocation location) => s_names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        int index = Array.IndexOf(s_names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
