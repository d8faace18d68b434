using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// The spec's type-system validation (graphql-js's <c>validateSchema</c>), plus the name and
/// uniqueness checks graphql-js makes while constructing types. Messages are graphql-js's.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params AstNode?[] nodes) => _errors.Add(new GraphQLError(message, nodes));

    private void Report(string message, IEnumerable<AstNode?> nodes) => _errors.Add(new GraphQLError(message, nodes));

    private void ValidateRootTypes()
    {
        if (_schema.QueryType is null)
        {
            Report("Query root type must be provided.", _schema.AstNode);
        }
    }

    private void ValidateDirectives()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (DirectiveDefinition directive in _schema.Directives)
        {
            if (!seen.Add(directive.Name))
            {
                Report($"There can be only one directive named \"@{directive.Name}\".", directive.AstNode);
                continue;
            }

            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            ValidateArguments(directive.Arguments, $"@{directive.Name}");
        }
    }

    private void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments, string owner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (InputValueDefinition argument in arguments)
        {
            if (!seen.Add(argument.Name))
            {
                Report($"Argument \"{owner}({argument.Name}:)\" can only be defined once.", argument.AstNode);
                continue;
            }

            ValidateName(argument.Name, argument.AstNode);
            if (!argument.Type.IsInputType())
            {
                Report($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                Report($"Required argument {owner}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.AstNode), argument.AstNode?.Type);
            }
        }
    }

    private void ValidateName(string name, AstNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            return;
        }

        if (name.Length == 0)
        {
            Report("Expected name to be a non-empty string.", node);
        }
        else if (!name.AsSpan(1).ContainsAnyExcept(NameCharacters.Continue))
        {
            if (!char.IsAsciiLetter(name[0]) && name[0] != '_')
            {
                Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            }
        }
        else
        {
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }
    }

    private void ValidateTypes()
    {
        var cycles = new InputObjectCycleDetector(this);
        foreach (NamedType type in _schema.Types.Values)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(type.Name, type.AstNode);
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(inputObject);
                    cycles.Detect(inputObject);
                    break;
            }
        }
    }

    private static IEnumerable<AstNode?> TypeNodes(NamedType type) => [type.AstNode, .. type.ExtensionAstNodes];

    private void ValidateFields(ComplexType type)
    {
        OrderedMap<FieldDefinition> fields = type.FieldMap;
        if (fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
        }

        foreach (string duplicate in fields.Duplicates)
        {
            Report($"Field \"{type.Name}.{duplicate}\" can only be defined once.", fields[duplicate].AstNode);
        }

        foreach (FieldDefinition field in fields.Items)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            ValidateArguments(field.Arguments, $"{type.Name}.{field.Name}");
        }
    }

    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (InterfaceType @interface in type.Interfaces)
        {
            if (ReferenceEquals(type, @interface))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, @interface));
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                Report($"Type {type.Name} can only implement {@interface.Name} once.", ImplementsNodes(type, @interface));
                continue;
            }

            ValidateImplementsAncestors(type, @interface);
            ValidateImplementsInterface(type, @interface);
        }
    }

    private void ValidateImplementsInterface(ComplexType type, InterfaceType @interface)
    {
        foreach (FieldDefinition interfaceField in @interface.Fields.Values)
        {
            string fieldName = interfaceField.Name;
            FieldDefinition? typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                Report(
                    $"Interface field {@interface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [interfaceField.AstNode, .. TypeNodes(type)]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, interfaceField.Type))
            {
                Report(
                    $"Interface field {@interface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (InputValueDefinition interfaceArgument in interfaceField.Arguments)
            {
                string argumentName = interfaceArgument.Name;
                InputValueDefinition? typeArgument = typeField.GetArgument(argumentName);
                if (typeArgument is null)
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (InputValueDefinition typeArgument in typeField.Arguments)
            {
                if (interfaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {@interface.Name}.{fieldName}.",
                        typeArgument.AstNode,
                        interfaceField.AstNode);
                }
            }
        }
    }

    private void ValidateImplementsAncestors(ComplexType type, InterfaceType @interface)
    {
        foreach (InterfaceType transitive in @interface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                    [.. ImplementsNodes(@interface, transitive), .. ImplementsNodes(type, @interface)]);
            }
        }
    }

    private static IEnumerable<AstNode> ImplementsNodes(ComplexType type, InterfaceType @interface)
    {
        IEnumerable<AstNode> nodes = type.AstNode is null ? type.ExtensionAstNodes : [type.AstNode, .. type.ExtensionAstNodes];
        return nodes
            .SelectMany(node => node switch
            {
                ObjectTypeDefinitionNode n => n.Interfaces,
                InterfaceTypeDefinitionNode n => n.Interfaces,
                ObjectTypeExtensionNode n => n.Interfaces,
                InterfaceTypeExtensionNode n => n.Interfaces,
                _ => [],
            })
            .Where(named => named.Name.Value == @interface.Name);
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ObjectType member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                IEnumerable<AstNode> nodes = (union.AstNode is null ? (IEnumerable<AstNode>)union.ExtensionAstNodes : [union.AstNode, .. union.ExtensionAstNodes])
                    .SelectMany(node => node switch
                    {
                        UnionTypeDefinitionNode n => n.Types,
                        UnionTypeExtensionNode n => n.Types,
                        _ => [],
                    })
                    .Where(named => named.Name.Value == member.Name);
                Report($"Union type {union.Name} can only include type {member.Name} once.", nodes);
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType));
        }

        foreach (string duplicate in enumType.DuplicateValueNames)
        {
            Report($"Enum value \"{enumType.Name}.{duplicate}\" can only be defined once.", enumType.GetValue(duplicate)!.AstNode);
        }

        foreach (EnumValueDefinition value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum values cannot be named: {value.Name}", value.AstNode);
                continue;
            }

            if (!Introspection.IsIntrospectionType(enumType))
            {
                ValidateName(value.Name, value.AstNode);
            }
        }
    }

    private void ValidateInputFields(InputObjectType inputObject)
    {
        OrderedMap<InputValueDefinition> fields = inputObject.FieldMap;
        if (fields.Count == 0)
        {
            Report($"Input Object type {inputObject.Name} must define one or more fields.", TypeNodes(inputObject));
        }

        foreach (string duplicate in fields.Duplicates)
        {
            Report($"Field \"{inputObject.Name}.{duplicate}\" can only be defined once.", fields[duplicate].AstNode);
        }

        foreach (InputValueDefinition field in fields.Items)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                Report($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.", DeprecatedDirective(field.AstNode), field.AstNode?.Type);
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static DirectiveNode? DeprecatedDirective(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == DirectiveDefinition.Deprecated.Name);

    /// <summary>Finds input objects that contain themselves through non-null fields (no finite value could exist).</summary>
    private sealed class InputObjectCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }

            _pathIndexByTypeName[inputObject.Name] = _fieldPath.Count;
            foreach (InputValueDefinition field in inputObject.Fields.Values)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out int cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        List<InputValueDefinition> cyclePath = _fieldPath[cycleIndex..];
                        string path = string.Join(".", cyclePath.Select(f => f.Name));
                        validator.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{path}\".",
                            cyclePath.Select(f => (AstNode?)f.AstNode));
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(inputObject.Name);
        }
    }
}
