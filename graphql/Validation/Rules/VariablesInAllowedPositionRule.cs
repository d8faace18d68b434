using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>
/// Every variable is used where its type fits: a nullable variable reaches a non-null position only
/// through a default, and @oneOf fields take non-null variables only (spec: All Variable Usages Are Allowed).
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext validation) : AstVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(VariablesInAllowedPositionRule), c => new VariablesInAllowedPositionRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        _definitions.Clear();
        return VisitAction.Continue;
    }

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitContext context)
    {
        _definitions[node.Variable.Name.Value] = node;
        return VisitAction.Continue;
    }

    public override VisitAction LeaveOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        foreach (VariableUsage usage in validation.GetRecursiveVariableUsages(node))
        {
            string name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out VariableDefinitionNode? definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            GraphQLType? variableType = TypeFromAst.Convert(validation.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.DefaultValue.HasValue))
            {
                validation.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
            {
                validation.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }

        return VisitAction.Continue;
    }

    // A nullable variable may fill a non-null position when either side has a default.
    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            bool variableHasNonNullDefault = variableDefault is not null and not NullValueNode;
            if (!variableHasNonNullDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(validation.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(validation.Schema, variableType, locationType);
    }
}
