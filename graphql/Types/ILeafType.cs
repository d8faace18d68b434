using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// A scalar or enum: converts between internal values and the values of responses, variables
/// and literals. Each method throws a <see cref="Errors.GraphQLError"/> for a value it cannot represent.
/// </summary>
public interface ILeafType
{
    string Name { get; }

    /// <summary>Result coercion: an internal value (from a resolver) to its response value.</summary>
    object? Serialize(object? value);

    /// <summary>Input coercion of a variable value (plain .NET or JSON value) to the internal value.</summary>
    object? ParseValue(object? value);

    /// <summary>Input coercion of a literal in a document to the internal value.</summary>
    object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null);
}
