using System.Text.Json.Serialization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// A validation error: a <see cref="GraphQLError"/> that also names the rule that reported it.
/// The rule name is for logs and tests; it is not part of the response.
/// </summary>
[JsonConverter(typeof(ValidationErrorJsonConverter))]
public sealed class ValidationError : GraphQLError
{
    public ValidationError(string message, string? rule, IEnumerable<AstNode?>? nodes, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, nodes, path: null, originalError: null, extensions)
    {
        Rule = rule;
    }

    /// <summary>The name of the rule that failed; null for the errors that abort validation.</summary>
    public string? Rule { get; }
}
