namespace LiveSales.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first, calling a visitor on entering and leaving each node. Children
/// are visited in source order (the order of graphql-js's <c>visit</c>), names included.
/// </summary>
public sealed class AstWalker
{
    private readonly AstVisitor _visitor;
    private readonly VisitContext _context = new();
    private bool _stopped;

    private AstWalker(AstVisitor visitor) => _visitor = visitor;

    public static void Walk(AstNode root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        new AstWalker(visitor).Visit(root);
    }

    private void Visit(AstNode? node)
    {
        if (node is null || _stopped)
        {
            return;
        }

        VisitAction action = _visitor.Enter(node, _context);
        if (action == VisitAction.Break)
        {
            _stopped = true;
            return;
        }

        if (action == VisitAction.Skip)
        {
            return;
        }

        _context.Push(node);
        VisitChildren(node);
        _context.Pop();
        if (!_stopped && _visitor.Leave(node, _context) == VisitAction.Break)
        {
            _stopped = true;
        }
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : AstNode
    {
        for (int i = 0; i < nodes.Count && !_stopped; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void VisitChildren(AstNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                VisitAll(n.Definitions);
                break;
            case OperationDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.VariableDefinitions);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Visit(n.Description);
                Visit(n.Variable);
                Visit(n.Type);
                Visit(n.DefaultValue);
                VisitAll(n.Directives);
                break;
            case VariableNode n:
                Visit(n.Name);
                break;
            case SelectionSetNode n:
                VisitAll(n.Selections);
                break;
            case FieldNode n:
                Visit(n.Alias);
                Visit(n.Name);
                VisitAll(n.Arguments);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case ArgumentNode n:
                Visit(n.Name);
                Visit(n.Value);
                break;
            case FragmentSpreadNode n:
                Visit(n.Name);
                VisitAll(n.Directives);
                break;
            case InlineFragmentNode n:
                Visit(n.TypeCondition);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                Visit(n.TypeCondition);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case ListValueNode n:
                VisitAll(n.Values);
                break;
            case ObjectValueNode n:
                VisitAll(n.Fields);
                break;
            case ObjectFieldNode n:
                Visit(n.Name);
                Visit(n.Value);
                break;
            case DirectiveNode n:
                Visit(n.Name);
                VisitAll(n.Arguments);
                break;
            case NamedTypeNode n:
                Visit(n.Name);
                break;
            case ListTypeNode n:
                Visit(n.Type);
                break;
            case NonNullTypeNode n:
                Visit(n.Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(AstNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                Visit(n.Description);
                VisitAll(n.Directives);
                VisitAll(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                Visit(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case FieldDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Arguments);
                Visit(n.Type);
                VisitAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                Visit(n.Type);
                Visit(n.DefaultValue);
                VisitAll(n.Directives);
                break;
            case InterfaceTypeDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Directives);
                VisitAll(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Directives);
                VisitAll(n.Values);
                break;
            case EnumValueDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                Visit(n.Description);
                Visit(n.Name);
                VisitAll(n.Arguments);
                VisitAll(n.Locations);
                break;
            case SchemaExtensionNode n:
                VisitAll(n.Directives);
                VisitAll(n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                Visit(n.Name);
                VisitAll(n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                Visit(n.Name);
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                Visit(n.Name);
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case UnionTypeExtensionNode n:
                Visit(n.Name);
                VisitAll(n.Directives);
                VisitAll(n.Types);
                break;
            case EnumTypeExtensionNode n:
                Visit(n.Name);
                VisitAll(n.Directives);
                VisitAll(n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                Visit(n.Name);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
        }
    }
}
