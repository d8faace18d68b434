using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>A field or directive is given each argument once (spec: Argument Uniqueness).</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(UniqueArgumentNamesRule), c => new UniqueArgumentNamesRule(c));

    public override VisitAction EnterField(FieldNode node, VisitContext context)
    {
        Check(node.Arguments);
        return VisitAction.Continue;
    }

    public override VisitAction EnterDirective(DirectiveNode node, VisitContext context)
    {
        Check(node.Arguments);
        return VisitAction.Continue;
    }

    private static bool AllDistinct(IReadOnlyList<ArgumentNode> arguments)
    {
        for (int i = 1; i < arguments.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (arguments[i].Name.Value == arguments[j].Name.Value)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2 || AllDistinct(arguments))
        {
            return;
        }

        foreach (IGrouping<string, ArgumentNode> group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                validation.ReportError($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
            }
        }
    }
}
