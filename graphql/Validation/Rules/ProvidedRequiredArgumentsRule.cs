using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every non-null argument without a default is given (spec: Required Arguments).</summary>
public sealed class ProvidedRequiredArgumentsRule : AstVisitor
{
    private readonly ValidationContext _validation;
    private readonly Dictionary<string, List<(string Name, string Type)>> _directiveRequired = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsRule(ValidationContext validation)
    {
        _validation = validation;
        foreach (DirectiveDefinition directive in validation.Schema.Directives)
        {
            _directiveRequired[directive.Name] = [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))];
        }

        foreach (DirectiveDefinitionNode definition in validation.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            var required = new List<(string Name, string Type)>();
            foreach (InputValueDefinitionNode argument in definition.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                {
                    // The last definition of a name wins, in its first position.
                    int index = required.FindIndex(r => r.Name == argument.Name.Value);
                    if (index >= 0)
                    {
                        required[index] = (argument.Name.Value, Printer.Print(argument.Type));
                    }
                    else
                    {
                        required.Add((argument.Name.Value, Printer.Print(argument.Type)));
                    }
                }
            }

            _directiveRequired[definition.Name.Value] = required;
        }
    }

    public static ValidationRule Rule { get; } = new(nameof(ProvidedRequiredArgumentsRule), c => new ProvidedRequiredArgumentsRule(c));

    public override VisitAction LeaveField(FieldNode node, VisitContext context)
    {
        if (_validation.FieldDefinition is not { } field)
        {
            return VisitAction.Continue;
        }

        for (int i = 0; i < field.Arguments.Count; i++)
        {
            InputValueDefinition argument = field.Arguments[i];
            if (argument.IsRequired && !Given(node.Arguments, argument.Name))
            {
                _validation.ReportError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }

        return VisitAction.Continue;
    }

    public override VisitAction LeaveDirective(DirectiveNode node, VisitContext context)
    {
        string name = node.Name.Value;
        if (_directiveRequired.TryGetValue(name, out List<(string Name, string Type)>? required))
        {
            foreach ((string argument, string type) in required)
            {
                if (!Given(node.Arguments, argument))
                {
                    _validation.ReportError(
                        $"Directive \"@{name}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided.",
                        node);
                }
            }
        }

        return VisitAction.Continue;
    }

    private static bool Given(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            ArgumentNode argument = arguments[i];
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
