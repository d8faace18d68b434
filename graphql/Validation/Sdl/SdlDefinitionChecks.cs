using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Sdl;

/// <summary>graphql-js's <c>UniqueArgumentDefinitionNamesRule</c>, for the schema builder: a field or directive defines each argument once.</summary>
internal static class SdlDefinitionChecks
{
    /// <param name="owner">How the message names the owner: <c>Type.field</c> or <c>@directive</c>.</param>
    public static IEnumerable<GraphQLError> CheckArgumentDefinitions(string owner, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count < 2)
        {
            yield break;
        }

        foreach (IGrouping<string, InputValueDefinitionNode> group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                yield return new ValidationError(
                    $"Argument \"{owner}({group.Key}:)\" can only be defined once.", "UniqueArgumentDefinitionNamesRule", [.. group.Select(a => a.Name)]);
            }
        }
    }
}
