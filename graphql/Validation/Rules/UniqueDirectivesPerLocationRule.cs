using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive appears at most once per location (spec: Directives Are Unique Per Location).</summary>
public sealed class UniqueDirectivesPerLocationRule : AstVisitor
{
    private readonly ValidationContext _validation;
    private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);

    // Reused for each executable node: its directives are checked among themselves only.
    private readonly Dictionary<string, DirectiveNode> _nodeDirectives = new(StringComparer.Ordinal);

    // A type's definition and its extensions form one location.
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContext validation)
    {
        _validation = validation;
        foreach (DirectiveDefinition directive in validation.Schema.Directives)
        {
            _unique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (DirectiveDefinitionNode definition in validation.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            _unique[definition.Name.Value] = !definition.Repeatable;
        }
    }

    public static ValidationRule Rule { get; } = new(nameof(UniqueDirectivesPerLocationRule), c => new UniqueDirectivesPerLocationRule(c));

    public override VisitAction Enter(AstNode node, VisitContext context)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } owner)
        {
            return VisitAction.Continue;
        }

        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case TypeDefinitionNode type:
                seen = TypeDirectives(type.Name.Value);
                break;
            case TypeExtensionNode extension:
                seen = TypeDirectives(extension.Name.Value);
                break;
            case { } when owner.Directives.Count == 1:
                return VisitAction.Continue;
            default:
                seen = _nodeDirectives;
                seen.Clear();
                break;
        }

        for (int i = 0; i < owner.Directives.Count; i++)
        {
            DirectiveNode directive = owner.Directives[i];
            string name = directive.Name.Value;
            if (_unique.GetValueOrDefault(name))
            {
                if (seen.TryGetValue(name, out DirectiveNode? first))
                {
                    _validation.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }

        return VisitAction.Continue;
    }

    private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out Dictionary<string, DirectiveNode>? seen))
        {
            _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }
}
