using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every directive is defined and used where its definition allows (spec: Directives Are Defined, Directives Are In Valid Locations).</summary>
public sealed class KnownDirectivesRule : AstVisitor
{
    private readonly ValidationContext _validation;
    private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

    public KnownDirectivesRule(ValidationContext validation)
    {
        _validation = validation;
        foreach (DirectiveDefinition directive in validation.Schema.Directives)
        {
            _locations[directive.Name] = [.. directive.Locations.Select(l => l.ToName())];
        }

        foreach (DirectiveDefinitionNode definition in validation.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            _locations[definition.Name.Value] = [.. definition.Locations.Select(l => l.Value)];
        }
    }

    public static ValidationRule Rule { get; } = new(nameof(KnownDirectivesRule), c => new KnownDirectivesRule(c));

    public override VisitAction EnterDirective(DirectiveNode node, VisitContext context)
    {
        string name = node.Name.Value;
        if (!_locations.TryGetValue(name, out IReadOnlyList<string>? locations))
        {
            _validation.ReportError($"Unknown directive \"@{name}\".", node);
            return VisitAction.Continue;
        }

        if (LocationOf(context.Ancestors) is { } location && !locations.Contains(location.ToName()))
        {
            _validation.ReportError($"Directive \"@{name}\" may not be used on {location.ToName()}.", node);
        }

        return VisitAction.Continue;
    }

    private static DirectiveLocation? LocationOf(IReadOnlyList<AstNode> ancestors) => ancestors[^1] switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        },
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,

        // Only definitions count as input types here, as in graphql-js: an extension's field reads as an argument.
        InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        DirectiveDefinitionNode => DirectiveLocation.DirectiveDefinition,
        _ => null,
    };
}
