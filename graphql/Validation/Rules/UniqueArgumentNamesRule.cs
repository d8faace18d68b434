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

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
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
