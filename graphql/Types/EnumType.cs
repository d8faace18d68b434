using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// An enum type. Values are serialized by their internal value (a .NET enum member for mapped
/// enums, the name otherwise) and parsed from names, with graphql-js's messages and suggestions.
/// </summary>
public sealed class EnumType : NamedType, ILeafType
{
    private readonly OrderedMap<EnumValueDefinition> _byName;
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public EnumType(string name, IEnumerable<EnumValueDefinition> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        _byName = new OrderedMap<EnumValueDefinition>(values, v => v.Name);
        foreach (EnumValueDefinition value in _byName.Items)
        {
            _byValue.TryAdd(value.Value, value);
        }
    }

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _byName.Items;

    /// <summary>The .NET enum the values map to, when there is one.</summary>
    public Type? ClrType { get; init; }

    internal IReadOnlyList<string> DuplicateValueNames => _byName.Duplicates;

    public EnumValueDefinition? GetValue(string name) => _byName.TryGetValue(name, out EnumValueDefinition? value) ? value : null;

    public object? Serialize(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        if (plain is not null && _byValue.TryGetValue(plain, out EnumValueDefinition? definition))
        {
            return definition.Name;
        }

        // A mapped enum also accepts its names, as data often holds them as strings.
        if (ClrType is not null && plain is string name && GetValue(name) is { } named)
        {
            return named.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Format(value)}");
    }

    public object? ParseValue(object? value) => ParseValue(value, hideSuggestions: false);

    public object? ParseValue(object? value, bool hideSuggestions)
    {
        object? plain = JsonValues.Normalize(value);
        if (plain is not string name)
        {
            string text = Inspect.Format(plain);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {text}." + Suggest(text, hideSuggestions));
        }

        EnumValueDefinition? definition = GetValue(name)
            ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggest(name, hideSuggestions));
        return definition.Value;
    }

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        ParseLiteral(valueNode, hideSuggestions: false);

    public object? ParseLiteral(ValueNode valueNode, bool hideSuggestions)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        if (valueNode is not EnumValueNode enumValue)
        {
            string text = Printer.Print(valueNode);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text, hideSuggestions), valueNode);
        }

        EnumValueDefinition? definition = GetValue(enumValue.Value)
            ?? throw new GraphQLError(
                $"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum." + Suggest(enumValue.Value, hideSuggestions),
                valueNode);
        return definition.Value;
    }

    private string Suggest(string text, bool hideSuggestions) =>
        hideSuggestions ? string.Empty : DidYouMean.Format("the enum value", SuggestionList.For(text, _byName.Keys));
}
