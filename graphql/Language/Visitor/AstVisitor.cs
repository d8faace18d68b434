namespace LiveSales.GraphQL.Language;

/// <summary>
/// A visitor for <see cref="AstWalker"/>: override <c>Enter</c>/<c>Leave</c> for the node kinds of
/// interest (<see cref="EnterField"/>, <see cref="LeaveOperationDefinition"/>, ...), or the general
/// <see cref="Enter(AstNode, VisitContext)"/> to see every node. Validation rules are visitors.
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Walks <paramref name="root"/> depth-first with this visitor.</summary>
    public void Visit(AstNode root) => AstWalker.Walk(root, this);

    /// <summary>Called before a node's children; by default calls the Enter method of the node's kind.</summary>
    public virtual VisitAction Enter(AstNode node, VisitContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            NodeKind.Name => EnterName((NameNode)node, context),
            NodeKind.Document => EnterDocument((DocumentNode)node, context),
            NodeKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node, context),
            NodeKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node, context),
            NodeKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node, context),
            NodeKind.Field => EnterField((FieldNode)node, context),
            NodeKind.Argument => EnterArgument((ArgumentNode)node, context),
            NodeKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node, context),
            NodeKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node, context),
            NodeKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node, context),
            NodeKind.Variable => EnterVariable((VariableNode)node, context),
            NodeKind.IntValue => EnterIntValue((IntValueNode)node, context),
            NodeKind.FloatValue => EnterFloatValue((FloatValueNode)node, context),
            NodeKind.StringValue => EnterStringValue((StringValueNode)node, context),
            NodeKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node, context),
            NodeKind.NullValue => EnterNullValue((NullValueNode)node, context),
            NodeKind.EnumValue => EnterEnumValue((EnumValueNode)node, context),
            NodeKind.ListValue => EnterListValue((ListValueNode)node, context),
            NodeKind.ObjectValue => EnterObjectValue((ObjectValueNode)node, context),
            NodeKind.ObjectField => EnterObjectField((ObjectFieldNode)node, context),
            NodeKind.Directive => EnterDirective((DirectiveNode)node, context),
            NodeKind.NamedType => EnterNamedType((NamedTypeNode)node, context),
            NodeKind.ListType => EnterListType((ListTypeNode)node, context),
            NodeKind.NonNullType => EnterNonNullType((NonNullTypeNode)node, context),
            NodeKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node, context),
            NodeKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
            NodeKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
            NodeKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
            NodeKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node, context),
            NodeKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node, context),
            NodeKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
            NodeKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
            NodeKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
            NodeKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node, context),
            NodeKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
            NodeKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node, context),
            NodeKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node, context),
            NodeKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node, context),
            NodeKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node, context),
            NodeKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
            NodeKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node, context),
            NodeKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node, context),
            NodeKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
            _ => VisitAction.Continue,
        };
    }

    /// <summary>Called after a node's children; by default calls the Leave method of the node's kind.</summary>
    public virtual VisitAction Leave(AstNode node, VisitContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            NodeKind.Name => LeaveName((NameNode)node, context),
            NodeKind.Document => LeaveDocument((DocumentNode)node, context),
            NodeKind.OperationDefinition => LeaveOperationDefinition((OperationDefinitionNode)node, context),
            NodeKind.VariableDefinition => LeaveVariableDefinition((VariableDefinitionNode)node, context),
            NodeKind.SelectionSet => LeaveSelectionSet((SelectionSetNode)node, context),
            NodeKind.Field => LeaveField((FieldNode)node, context),
            NodeKind.Argument => LeaveArgument((ArgumentNode)node, context),
            NodeKind.FragmentSpread => LeaveFragmentSpread((FragmentSpreadNode)node, context),
            NodeKind.InlineFragment => LeaveInlineFragment((InlineFragmentNode)node, context),
            NodeKind.FragmentDefinition => LeaveFragmentDefinition((FragmentDefinitionNode)node, context),
            NodeKind.Variable => LeaveVariable((VariableNode)node, context),
            NodeKind.IntValue => LeaveIntValue((IntValueNode)node, context),
            NodeKind.FloatValue => LeaveFloatValue((FloatValueNode)node, context),
            NodeKind.StringValue => LeaveStringValue((StringValueNode)node, context),
            NodeKind.BooleanValue => LeaveBooleanValue((BooleanValueNode)node, context),
            NodeKind.NullValue => LeaveNullValue((NullValueNode)node, context),
            NodeKind.EnumValue => LeaveEnumValue((EnumValueNode)node, context),
            NodeKind.ListValue => LeaveListValue((ListValueNode)node, context),
            NodeKind.ObjectValue => LeaveObjectValue((ObjectValueNode)node, context),
            NodeKind.ObjectField => LeaveObjectField((ObjectFieldNode)node, context),
            NodeKind.Directive => LeaveDirective((DirectiveNode)node, context),
            NodeKind.NamedType => LeaveNamedType((NamedTypeNode)node, context),
            NodeKind.ListType => LeaveListType((ListTypeNode)node, context),
            NodeKind.NonNullType => LeaveNonNullType((NonNullTypeNode)node, context),
            NodeKind.SchemaDefinition => LeaveSchemaDefinition((SchemaDefinitionNode)node, context),
            NodeKind.OperationTypeDefinition => LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
            NodeKind.ScalarTypeDefinition => LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
            NodeKind.ObjectTypeDefinition => LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
            NodeKind.FieldDefinition => LeaveFieldDefinition((FieldDefinitionNode)node, context),
            NodeKind.InputValueDefinition => LeaveInputValueDefinition((InputValueDefinitionNode)node, context),
            NodeKind.InterfaceTypeDefinition => LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
            NodeKind.UnionTypeDefinition => LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
            NodeKind.EnumTypeDefinition => LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
            NodeKind.EnumValueDefinition => LeaveEnumValueDefinition((EnumValueDefinitionNode)node, context),
            NodeKind.InputObjectTypeDefinition => LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
            NodeKind.DirectiveDefinition => LeaveDirectiveDefinition((DirectiveDefinitionNode)node, context),
            NodeKind.SchemaExtension => LeaveSchemaExtension((SchemaExtensionNode)node, context),
            NodeKind.ScalarTypeExtension => LeaveScalarTypeExtension((ScalarTypeExtensionNode)node, context),
            NodeKind.ObjectTypeExtension => LeaveObjectTypeExtension((ObjectTypeExtensionNode)node, context),
            NodeKind.InterfaceTypeExtension => LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
            NodeKind.UnionTypeExtension => LeaveUnionTypeExtension((UnionTypeExtensionNode)node, context),
            NodeKind.EnumTypeExtension => LeaveEnumTypeExtension((EnumTypeExtensionNode)node, context),
            NodeKind.InputObjectTypeExtension => LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
            _ => VisitAction.Continue,
        };
    }

    public virtual VisitAction EnterName(NameNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveName(NameNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterDocument(DocumentNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveDocument(DocumentNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveOperationDefinition(OperationDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveVariableDefinition(VariableDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterSelectionSet(SelectionSetNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveSelectionSet(SelectionSetNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterField(FieldNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveField(FieldNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterArgument(ArgumentNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveArgument(ArgumentNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveFragmentSpread(FragmentSpreadNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveInlineFragment(InlineFragmentNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveFragmentDefinition(FragmentDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterVariable(VariableNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveVariable(VariableNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterIntValue(IntValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveIntValue(IntValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterFloatValue(FloatValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveFloatValue(FloatValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterStringValue(StringValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveStringValue(StringValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterBooleanValue(BooleanValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveBooleanValue(BooleanValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterNullValue(NullValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveNullValue(NullValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterEnumValue(EnumValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumValue(EnumValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterListValue(ListValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveListValue(ListValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterObjectValue(ObjectValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectValue(ObjectValueNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterObjectField(ObjectFieldNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectField(ObjectFieldNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterDirective(DirectiveNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveDirective(DirectiveNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterNamedType(NamedTypeNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveNamedType(NamedTypeNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterListType(ListTypeNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveListType(ListTypeNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterNonNullType(NonNullTypeNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveNonNullType(NonNullTypeNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveSchemaDefinition(SchemaDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterFieldDefinition(FieldDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveFieldDefinition(FieldDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterInputValueDefinition(InputValueDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveInputValueDefinition(InputValueDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterEnumValueDefinition(EnumValueDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumValueDefinition(EnumValueDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveDirectiveDefinition(DirectiveDefinitionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterSchemaExtension(SchemaExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveSchemaExtension(SchemaExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterUnionTypeExtension(UnionTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveUnionTypeExtension(UnionTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumTypeExtension(EnumTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitContext context) => VisitAction.Continue;

    public virtual VisitAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitContext context) => VisitAction.Continue;
}
