using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation;

namespace LiveSales.GraphQL.Tests.Validation;

/// <summary>Validates a document against the test schema with one rule and compares errors as "message (line:column, ...)".</summary>
internal static class RuleAssert
{
    public static void Valid(ValidationRule rule, string document, ValidationOptions? options = null) =>
        Assert.Empty(Describe(Validate(rule, document, options)));

    public static void Errors(ValidationRule rule, string document, params string[] expected) =>
        Assert.Equal(expected, Describe(Validate(rule, document, options: null)));

    public static void Errors(ValidationRule rule, ValidationOptions options, string document, params string[] expected) =>
        Assert.Equal(expected, Describe(Validate(rule, document, options)));

    public static IReadOnlyList<GraphQLError> Validate(ValidationRule rule, string document, ValidationOptions? options)
    {
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(document), [rule], options);
        Assert.All(errors, error => Assert.Equal(rule.Name, Assert.IsType<ValidationError>(error).Rule));
        return errors;
    }

    public static IEnumerable<string> Describe(IEnumerable<GraphQLError> errors) =>
        errors.Select(error => $"{error.Message} ({string.Join(", ", (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))})");
}
