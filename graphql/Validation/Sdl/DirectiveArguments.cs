using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Sdl;

/// <summary>What applying a directive in SDL is checked against: its argument names and its required arguments with their types.</summary>
internal sealed record DirectiveArguments(IReadOnlyList<string> Names, IReadOnlyList<(string Name, string Type)> Required)
{
    public static DirectiveArguments Of(DirectiveDefinition directive) => new(
        [.. directive.Arguments.Select(a => a.Name)],
        [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))]);

    /// <summary>From a directive definition in SDL; a repeated argument counts once, its last definition deciding.</summary>
    public static DirectiveArguments Of(DirectiveDefinitionNode directive)
    {
        var required = new List<(string Name, string Type)>();
        foreach (InputValueDefinitionNode argument in directive.Arguments)
        {
            int index = required.FindIndex(r => r.Name == argument.Name.Value);
            if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
            {
                (string, string) entry = (argument.Name.Value, Printer.Print(argument.Type));
                if (index >= 0)
                {
                    required[index] = entry;
                }
                else
                {
                    required.Add(entry);
                }
            }
        }

        return new DirectiveArguments([.. directive.Arguments.Select(a => a.Name.Value).Distinct(StringComparer.Ordinal)], required);
    }
}
