using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Validation.Sdl;

/// <summary>
/// The checks graphql-js's <c>validateSDL</c> makes on directives applied in type definitions and on
/// default values, for the schema builder: known and unique arguments, required arguments given,
/// and input object literals naming each field once. Errors come in graphql-js's order for one directive.
/// </summary>
internal static class SdlDirectiveChecks
{
    /// <param name="arguments">The directive's arguments, or null for an unknown directive (only uniqueness is checked then).</param>
    public static IEnumerable<GraphQLError> CheckApplied(DirectiveNode directive, DirectiveArguments? arguments)
    {
        string name = directive.Name.Value;
        if (arguments is not null)
        {
            foreach (ArgumentNode argument in directive.Arguments)
            {
                string argumentName = argument.Name.Value;
                if (!arguments.Names.Contains(argumentName))
                {
                    yield return new ValidationError(
                        $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + DidYouMean.Format(SuggestionList.For(argumentName, arguments.Names)),
                        "KnownArgumentNamesOnDirectivesRule",
                        [argument]);
                }
            }
        }

        foreach (IGrouping<string, ArgumentNode> group in directive.Arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                yield return new ValidationError(
                    $"There can be only one argument named \"{group.Key}\".", nameof(UniqueArgumentNamesRule), [.. group.Select(a => a.Name)]);
            }
        }

        foreach (ArgumentNode argument in directive.Arguments)
        {
            foreach (GraphQLError error in CheckInputFieldNames(argument.Value))
            {
                yield return error;
            }
        }

        if (arguments is not null)
        {
            foreach ((string argumentName, string type) in arguments.Required)
            {
                if (!directive.Arguments.Any(a => a.Name.Value == argumentName))
                {
                    yield return new ValidationError(
                        $"Directive \"@{name}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
                        "ProvidedRequiredArgumentsOnDirectivesRule",
                        [directive]);
                }
            }
        }
    }

    /// <summary>Every input object literal in a value names each field once (UniqueInputFieldNamesRule).</summary>
    public static IEnumerable<GraphQLError> CheckInputFieldNames(ValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode @object:
                var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (ObjectFieldNode field in @object.Fields)
                {
                    if (known.TryGetValue(field.Name.Value, out NameNode? first))
                    {
                        yield return new ValidationError(
                            $"There can be only one input field named \"{field.Name.Value}\".", nameof(UniqueInputFieldNamesRule), [first, field.Name]);
                    }
                    else
                    {
                        known[field.Name.Value] = field.Name;
                    }

                    foreach (GraphQLError error in CheckInputFieldNames(field.Value))
                    {
                        yield return error;
                    }
                }

                break;
            case ListValueNode list:
                foreach (ValueNode item in list.Values)
                {
                    foreach (GraphQLError error in CheckInputFieldNames(item))
                    {
                        yield return error;
                    }
                }

                break;
        }
    }
}
