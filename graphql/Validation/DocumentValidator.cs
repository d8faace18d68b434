using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Validation.Limits;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// Checks an executable document against a schema (the spec's section 5, graphql-js's <c>validate</c>).
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The errors of <paramref name="document"/> against <paramref name="schema"/>, in the order the
    /// rules found them; empty when the document is valid. Every error is a <see cref="ValidationError"/>.
    /// </summary>
    /// <param name="rules">The rules to apply; <see cref="SpecifiedRules.All"/> when null.</param>
    /// <param name="options">The error limit, suggestions, and the query limits, whose rules are
    /// added to <paramref name="rules"/> when set (once: a limit rule given in the list is not added again).</param>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var state = new ValidationState(schema, document, options);
        rules ??= SpecifiedRules.All;
        var visitors = new List<AstVisitor>(rules.Count);
        foreach (ValidationRule rule in rules.Concat(LimitRules.For(options).Where(limit => !rules.Contains(limit))))
        {
            visitors.Add(rule.CreateVisitor(new ValidationContext(state, rule.Name)));
        }

        try
        {
            new ValidationWalker(state.TypeInfo, new RuleDispatcher([.. visitors])).Visit(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.AddsError)
            {
                state.Errors.Add(new ValidationError(aborted.Message, rule: null, nodes: null));
            }
        }

        return state.Errors;
    }
}
