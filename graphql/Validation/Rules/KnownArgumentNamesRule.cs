using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every argument is defined by its field or directive (spec: Argument Names).</summary>
public sealed class KnownArgumentNamesRule : AstVisitor
{
    private readonly ValidationContext _validation;
    private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesRule(ValidationContext validation)
    {
        _validation = validation;
        foreach (DirectiveDefinition directive in validation.Schema.Directives)
        {
            _directiveArguments[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
        }

        foreach (DirectiveDefinitionNode definition in validation.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            _directiveArguments[definition.Name.Value] = [.. definition.Arguments.Select(a => a.Name.Value).Distinct()];
        }
    }

    public static ValidationRule Rule { get; } = new(nameof(KnownArgumentNamesRule), c => new KnownArgumentNamesRule(c));

    public override VisitAction EnterDirective(DirectiveNode node, VisitContext context)
    {
        string directiveName = node.Name.Value;
        if (_directiveArguments.TryGetValue(directiveName, out IReadOnlyList<string>? known))
        {
            for (int i = 0; i < node.Arguments.Count; i++)
            {
                ArgumentNode argument = node.Arguments[i];
                string name = argument.Name.Value;
                if (!known.Contains(name))
                {
                    IReadOnlyList<string> suggestions = _validation.HideSuggestions ? [] : SuggestionList.For(name, known);
                    _validation.ReportError($"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + DidYouMean.Format(suggestions), argument);
                }
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterArgument(ArgumentNode node, VisitContext context)
    {
        if (_validation.Argument is null && _validation.FieldDefinition is { } field && _validation.ParentType is { } parentType)
        {
            string name = node.Name.Value;
            IReadOnlyList<string> suggestions = _validation.HideSuggestions ? [] : SuggestionList.For(name, field.Arguments.Select(a => a.Name));
            _validation.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + DidYouMean.Format(suggestions), node);
        }

        return VisitAction.Continue;
    }
}
