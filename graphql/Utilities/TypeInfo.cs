using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Tracks, while walking a document, the types in scope: the output type and parent type of the
/// current selection, the field definition, the expected input type of the current value with its
/// default, and the directive, argument and enum value being visited (graphql-js's <c>TypeInfo</c>).
/// Feed it every node with <see cref="Enter"/> and <see cref="Leave"/>, or wrap a visitor in a
/// <see cref="TypeInfoVisitor"/>. Everything is null where the document does not match the schema.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<Optional<object?>> _defaultValueStack = [];

    public TypeInfo(Schema schema, GraphQLType? initialType = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        if (initialType is not null)
        {
            if (initialType.IsInputType())
            {
                _inputTypeStack.Add(initialType);
            }

            if (initialType.IsCompositeType())
            {
                _parentTypeStack.Add((NamedType)initialType);
            }

            if (initialType.IsOutputType())
            {
                _typeStack.Add(initialType);
            }
        }
    }

    public Schema Schema => _schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level out (the list or input object around the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Top(_fieldDefinitionStack);

    /// <summary>The default of the current argument or input field; no value in list positions and where there is none.</summary>
    public Optional<object?> DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : default;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    public void Enter(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                NamedType? namedType = Type.GetNamedType();
                _parentTypeStack.Add(namedType.IsCompositeType() ? namedType : null);
                break;
            case FieldNode field:
                FieldDefinition? fieldDefinition = ParentType is { } parentType ? _schema.GetField(parentType, field.Name.Value) : null;
                _fieldDefinitionStack.Add(fieldDefinition);
                _typeStack.Add(fieldDefinition?.Type is { } fieldType && fieldType.IsOutputType() ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inlineFragment:
                EnterFragment(inlineFragment.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variableDefinition:
                GraphQLType? variableType = TypeFromAst.Convert(_schema, variableDefinition.Type);
                _inputTypeStack.Add(variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                InputValueDefinition? argumentDefinition = Directive is not null
                    ? Directive.GetArgument(argument.Name.Value)
                    : FieldDefinition?.GetArgument(argument.Name.Value);
                Argument = argumentDefinition;
                _defaultValueStack.Add(DefaultOf(argumentDefinition));
                _inputTypeStack.Add(argumentDefinition?.Type is { } argumentType && argumentType.IsInputType() ? argumentType : null);
                break;
            case ListValueNode:
                GraphQLType? listType = InputType.GetNullableType();
                GraphQLType? itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(default);
                _inputTypeStack.Add(itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputValueDefinition? inputField = InputType.GetNamedType() is InputObjectType inputObject
                    ? inputObject.GetField(objectField.Name.Value)
                    : null;
                _defaultValueStack.Add(DefaultOf(inputField));
                _inputTypeStack.Add(inputField?.Type is { } inputFieldType && inputFieldType.IsInputType() ? inputFieldType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        GraphQLType? outputType = typeCondition is not null ? TypeFromAst.Convert(_schema, typeCondition) : Type.GetNamedType();
        _typeStack.Add(outputType.IsOutputType() ? outputType : null);
    }

    private static Optional<object?> DefaultOf(InputValueDefinition? definition) =>
        definition is { HasDefaultValue: true } ? new Optional<object?>(definition.DefaultValue) : default;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
