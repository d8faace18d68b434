using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation;

/// <summary>Finds the variables used under a node with the input type of each position.</summary>
internal sealed class VariableUsageCollector : AstVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(TypeInfo typeInfo) => _typeInfo = typeInfo;

    public static List<VariableUsage> Collect(Schema schema, AstNode node)
    {
        var typeInfo = new TypeInfo(schema);
        var collector = new VariableUsageCollector(typeInfo);
        new TypeInfoVisitor(typeInfo, collector).Visit(node);
        return collector._usages;
    }

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitContext context) => VisitAction.Skip;

    public override VisitAction EnterVariable(VariableNode node, VisitContext context)
    {
        _usages.Add(new VariableUsage(node, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
        return VisitAction.Continue;
    }
}
