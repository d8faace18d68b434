using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every named type (variable types, type conditions) exists in the schema (spec: Fragment Spread Type Existence).</summary>
public sealed class KnownTypeNamesRule : AstVisitor
{
    private static readonly string[] s_standardTypeNames =
        [.. ScalarType.Specified.Select(t => t.Name), .. Introspection.Types.Select(t => t.Name)];

    private readonly ValidationContext _validation;
    private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);

    public KnownTypeNamesRule(ValidationContext validation)
    {
        _validation = validation;
        foreach (DefinitionNode definition in validation.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedInDocument.Add(type.Name.Value);
            }
        }
    }

    public static ValidationRule Rule { get; } = new(nameof(KnownTypeNamesRule), c => new KnownTypeNamesRule(c));

    public override VisitAction EnterNamedType(NamedTypeNode node, VisitContext context)
    {
        string name = node.Name.Value;
        if (_validation.Schema.GetType(name) is null && !_definedInDocument.Contains(name))
        {
            // In type definitions the built-in scalars and introspection types are always known.
            AstNode? definition = context.Ancestors.Count > 1 ? context.Ancestors[1] : context.Parent;
            bool inSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (inSdl && s_standardTypeNames.Contains(name))
            {
                return VisitAction.Continue;
            }

            IEnumerable<string> known = _validation.Schema.Types.Keys.Concat(_definedInDocument);
            IReadOnlyList<string> suggestions = _validation.HideSuggestions
                ? []
                : SuggestionList.For(name, inSdl ? s_standardTypeNames.Concat(known) : known);
            _validation.ReportError($"Unknown type \"{name}\"." + DidYouMean.Format(suggestions), node);
        }

        return VisitAction.Continue;
    }
}
