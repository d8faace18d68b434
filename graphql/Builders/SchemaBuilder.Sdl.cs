using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Validation.Sdl;

namespace LiveSales.GraphQL.Builders;

public sealed partial class SchemaBuilder
{
    internal List<GraphQLError> SdlErrors { get; } = [];

    /// <summary>Directives applied in SDL, with where they were applied (checked when the schema is built).</summary>
    internal List<(DirectiveNode Node, DirectiveLocation Location, AstNode Owner)> AppliedDirectives { get; } = [];

    internal SchemaDefinitionNode? SchemaAstNode { get; private set; }

    internal List<SchemaExtensionNode> SchemaExtensionNodes { get; } = [];

    /// <summary>
    /// Adds the definitions and extensions of an SDL document (as graphql-js's <c>buildSchema</c>
    /// reads it): descriptions, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>, custom
    /// directives and a schema definition naming the root types. Executable definitions are ignored.
    /// </summary>
    /// <exception cref="GraphQLSyntaxError">The text is not valid GraphQL.</exception>
    public SchemaBuilder AddSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        DocumentNode document = Parser.Parse(new Source(sdl), ParseOptions.Sdl);
        var extensions = new List<TypeExtensionNode>();
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    AddSchemaDefinition(schema);
                    break;
                case SchemaExtensionNode extension:
                    SchemaExtensionNodes.Add(extension);
                    Collect(extension.Directives, DirectiveLocation.Schema, extension);
                    AddOperationTypes(extension.OperationTypes, isExtension: true);
                    break;
                case TypeDefinitionNode type:
                    AddTypeDefinition(type);
                    break;
                case TypeExtensionNode extension:
                    extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    AddDirectiveDefinition(directive);
                    break;
            }
        }

        foreach (TypeExtensionNode extension in extensions)
        {
            AddTypeExtension(extension);
        }

        return this;
    }

    private void Error(string message, params AstNode?[] nodes) => SdlErrors.Add(new GraphQLError(message, nodes));

    private void AddSchemaDefinition(SchemaDefinitionNode schema)
    {
        if (SchemaAstNode is not null)
        {
            Error("Must provide only one schema definition.", schema);
        }
        else
        {
            SchemaAstNode = schema;
            DescriptionText = schema.Description?.Value ?? DescriptionText;
        }

        Collect(schema.Directives, DirectiveLocation.Schema, schema);
        AddOperationTypes(schema.OperationTypes, isExtension: false);
    }

    private void AddOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes, bool isExtension)
    {
        foreach (OperationTypeDefinitionNode operationType in operationTypes)
        {
            string keyword = operationType.Operation.ToKeyword();
            (string? existingName, NamedTypeNode? existingNode) = operationType.Operation switch
            {
                OperationType.Query => (QueryTypeName, QueryTypeNode),
                OperationType.Mutation => (MutationTypeName, MutationTypeNode),
                _ => (SubscriptionTypeName, SubscriptionTypeNode),
            };
            if (existingNode is not null)
            {
                Error($"There can be only one {keyword} type in schema.", _operationTypeNodes[operationType.Operation], operationType);
                continue;
            }

            if (existingName is not null && isExtension)
            {
                Error($"Type for {keyword} already defined in the schema. It cannot be redefined.", operationType);
                continue;
            }

            _operationTypeNodes[operationType.Operation] = operationType;
            string name = operationType.Type.Name.Value;
            switch (operationType.Operation)
            {
                case OperationType.Query:
                    QueryTypeName = name;
                    QueryTypeNode = operationType.Type;
                    break;
                case OperationType.Mutation:
                    MutationTypeName = name;
                    MutationTypeNode = operationType.Type;
                    break;
                default:
                    SubscriptionTypeName = name;
                    SubscriptionTypeNode = operationType.Type;
                    break;
            }
        }
    }

    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _operationTypeNodes = [];

    internal NamedTypeNode? QueryTypeNode { get; private set; }

    internal NamedTypeNode? MutationTypeNode { get; private set; }

    internal NamedTypeNode? SubscriptionTypeNode { get; private set; }

    private void AddTypeDefinition(TypeDefinitionNode node)
    {
        string name = node.Name.Value;
        ScalarType? builtIn = ScalarType.Specified.FirstOrDefault(s => s.Name == name);
        NamedTypeBuilder? existing = Find(name);
        if (builtIn is not null)
        {
            // A definition of a built-in scalar is allowed and ignored; it keeps its place in the type order.
            if (existing is null)
            {
                Register(new PrebuiltTypeBuilder(builtIn));
            }

            return;
        }

        if (existing is not null && !(node is ScalarTypeDefinitionNode && existing is ScalarTypeBuilder { AstNode: null }))
        {
            Error($"There can be only one type named \"{name}\".", existing.AstNode?.Name, node.Name);
            return;
        }

        switch (node)
        {
            case ScalarTypeDefinitionNode scalar:
                ScalarTypeBuilder scalarBuilder = Scalar(name);
                scalarBuilder.AstNode = scalar;
                scalarBuilder.DescriptionText ??= scalar.Description?.Value;
                scalarBuilder.SpecifiedByUrlText ??= SpecifiedByUrl(scalar);
                Collect(scalar.Directives, DirectiveLocation.Scalar, scalar);
                break;
            case ObjectTypeDefinitionNode obj:
                ObjectTypeBuilder objectBuilder = Object(name);
                objectBuilder.AstNode = obj;
                objectBuilder.DescriptionText = obj.Description?.Value;
                Collect(obj.Directives, DirectiveLocation.Object, obj);
                AddComplexMembers(objectBuilder, obj.Interfaces, obj.Fields);
                break;
            case InterfaceTypeDefinitionNode iface:
                InterfaceTypeBuilder interfaceBuilder = Interface(name);
                interfaceBuilder.AstNode = iface;
                interfaceBuilder.DescriptionText = iface.Description?.Value;
                Collect(iface.Directives, DirectiveLocation.Interface, iface);
                AddComplexMembers(interfaceBuilder, iface.Interfaces, iface.Fields);
                break;
            case UnionTypeDefinitionNode union:
                UnionTypeBuilder unionBuilder = Union(name);
                unionBuilder.AstNode = union;
                unionBuilder.DescriptionText = union.Description?.Value;
                Collect(union.Directives, DirectiveLocation.Union, union);
                unionBuilder.Members.AddRange(union.Types.Select(TypeReference.FromAst));
                break;
            case EnumTypeDefinitionNode enumType:
                EnumTypeBuilder enumBuilder = Enum(name);
                enumBuilder.AstNode = enumType;
                enumBuilder.DescriptionText = enumType.Description?.Value;
                Collect(enumType.Directives, DirectiveLocation.Enum, enumType);
                AddEnumValues(enumBuilder, enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                InputObjectTypeBuilder inputBuilder = InputObject(name);
                inputBuilder.AstNode = input;
                inputBuilder.DescriptionText = input.Description?.Value;
                inputBuilder.OneOf(input.Directives.Any(d => d.Name.Value == DirectiveDefinition.OneOf.Name));
                Collect(input.Directives, DirectiveLocation.InputObject, input);
                AddInputFields(inputBuilder, input.Fields);
                break;
        }
    }

    private void AddTypeExtension(TypeExtensionNode node)
    {
        string name = node.Name.Value;
        NamedTypeBuilder? type = Find(name);
        string kind = node switch
        {
            ScalarTypeExtensionNode => "scalar",
            ObjectTypeExtensionNode => "object",
            InterfaceTypeExtensionNode => "interface",
            UnionTypeExtensionNode => "union",
            EnumTypeExtensionNode => "enum",
            _ => "input object",
        };
        if (type is null)
        {
            IReadOnlyList<string> suggestions = Utilities.SuggestionList.For(name, Types.Select(t => t.Name));
            Error($"Cannot extend type \"{name}\" because it is not defined." + Utilities.DidYouMean.Format(suggestions), node.Name);
            return;
        }

        if (type.KindName != kind)
        {
            Error($"Cannot extend non-{kind} type \"{name}\".", type.AstNode, node);
            return;
        }

        type.ExtensionNodes.Add(node);
        switch (node)
        {
            case ScalarTypeExtensionNode scalar:
                Collect(scalar.Directives, DirectiveLocation.Scalar, scalar);
                break;
            case ObjectTypeExtensionNode obj:
                Collect(obj.Directives, DirectiveLocation.Object, obj);
                AddComplexMembers((ComplexTypeBuilder)type, obj.Interfaces, obj.Fields);
                break;
            case InterfaceTypeExtensionNode iface:
                Collect(iface.Directives, DirectiveLocation.Interface, iface);
                AddComplexMembers((ComplexTypeBuilder)type, iface.Interfaces, iface.Fields);
                break;
            case UnionTypeExtensionNode union:
                Collect(union.Directives, DirectiveLocation.Union, union);
                ((UnionTypeBuilder)type).Members.AddRange(union.Types.Select(TypeReference.FromAst));
                break;
            case EnumTypeExtensionNode enumType:
                Collect(enumType.Directives, DirectiveLocation.Enum, enumType);
                AddEnumValues((EnumTypeBuilder)type, enumType.Values);
                break;
            case InputObjectTypeExtensionNode input:
                Collect(input.Directives, DirectiveLocation.InputObject, input);
                AddInputFields((InputObjectTypeBuilder)type, input.Fields);
                break;
        }
    }

    private void AddComplexMembers(ComplexTypeBuilder type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        type.Interfaces.AddRange(interfaces.Select(TypeReference.FromAst));
        foreach (FieldDefinitionNode node in fields)
        {
            string fieldName = node.Name.Value;
            if (type.Fields.Exists(f => f.Name == fieldName))
            {
                Error($"Field \"{type.Name}.{fieldName}\" can only be defined once.", type.Fields.Find(f => f.Name == fieldName)!.AstNode?.Name, node.Name);
                continue;
            }

            FieldBuilder field = type.AddField(fieldName);
            field.AstNode = node;
            field.TypeRef = TypeReference.FromAst(node.Type);
            field.DescriptionText = node.Description?.Value;
            field.DeprecationReason = DeprecationReason(node.Directives);
            Collect(node.Directives, DirectiveLocation.FieldDefinition, node);
            foreach (InputValueDefinitionNode argumentNode in node.Arguments)
            {
                AddInputValue(field.AddArgument(argumentNode.Name.Value), argumentNode, DirectiveLocation.ArgumentDefinition);
            }
        }

        foreach (FieldDefinitionNode node in fields)
        {
            SdlErrors.AddRange(SdlDefinitionChecks.CheckArgumentDefinitions($"{type.Name}.{node.Name.Value}", node.Arguments));
        }
    }

    private void AddEnumValues(EnumTypeBuilder type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (EnumValueDefinitionNode node in values)
        {
            string valueName = node.Name.Value;
            if (type.Values.Exists(v => v.Name == valueName))
            {
                Error($"Enum value \"{type.Name}.{valueName}\" can only be defined once.", type.Values.Find(v => v.Name == valueName)!.AstNode?.Name, node.Name);
                continue;
            }

            EnumValueBuilder value = type.AddValue(valueName, node);
            value.Description(node.Description?.Value);
            value.DeprecationReason = DeprecationReason(node.Directives);
            Collect(node.Directives, DirectiveLocation.EnumValue, node);
        }
    }

    private void AddInputFields(InputObjectTypeBuilder type, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (InputValueDefinitionNode node in fields)
        {
            string fieldName = node.Name.Value;
            if (type.Fields.Exists(f => f.Name == fieldName))
            {
                Error($"Field \"{type.Name}.{fieldName}\" can only be defined once.", type.Fields.Find(f => f.Name == fieldName)!.AstNode?.Name, node.Name);
                continue;
            }

            AddInputValue(type.AddField(fieldName), node, DirectiveLocation.InputFieldDefinition);
        }
    }

    private void AddInputValue(InputValueBuilder value, InputValueDefinitionNode node, DirectiveLocation location)
    {
        value.AstNode = node;
        value.Type(TypeReference.FromAst(node.Type));
        value.Description(node.Description?.Value);
        value.DeprecationReason = DeprecationReason(node.Directives);
        if (node.DefaultValue is not null)
        {
            SdlErrors.AddRange(SdlDirectiveChecks.CheckInputFieldNames(node.DefaultValue));
            value.DefaultFromAst(node.DefaultValue);
        }

        Collect(node.Directives, location, node);
    }

    private void AddDirectiveDefinition(DirectiveDefinitionNode node)
    {
        string name = node.Name.Value;
        SdlErrors.AddRange(SdlDefinitionChecks.CheckArgumentDefinitions("@" + name, node.Arguments));
        DirectiveBuilder? existing = DirectiveBuilders.FirstOrDefault(d => d.Name == name);
        if (existing is not null)
        {
            Error($"There can be only one directive named \"@{name}\".", existing.AstNode?.Name, node.Name);
            return;
        }

        var directive = new DirectiveBuilder(name) { AstNode = node };
        _directives.Add(directive);
        directive.Description(node.Description?.Value).Repeatable(node.Repeatable);
        foreach (NameNode location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out DirectiveLocation parsed))
            {
                directive.LocationList.Add(parsed);
            }
        }

        foreach (InputValueDefinitionNode argumentNode in node.Arguments)
        {
            AddInputValue(directive.AddArgument(argumentNode.Name.Value), argumentNode, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void Collect(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, AstNode owner)
    {
        foreach (DirectiveNode directive in directives)
        {
            AppliedDirectives.Add((directive, location, owner));
        }
    }

    private string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        DirectiveNode? deprecated = directives.FirstOrDefault(d => d.Name.Value == DirectiveDefinition.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        ArgumentNode? reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
        switch (reason?.Value)
        {
            case null:
                return DirectiveDefinition.DefaultDeprecationReason;
            case StringValueNode text:
                return text.Value;
            case NullValueNode:
                return null;
            default:
                Error($"Argument \"@deprecated(reason:)\" has invalid value {Printer.Print(reason.Value)}.", reason.Value);
                return null;
        }
    }

    private string? SpecifiedByUrl(ScalarTypeDefinitionNode scalar)
    {
        DirectiveNode? specifiedBy = scalar.Directives.FirstOrDefault(d => d.Name.Value == DirectiveDefinition.SpecifiedBy.Name);
        if (specifiedBy is null)
        {
            return null;
        }

        ArgumentNode? url = specifiedBy.Arguments.FirstOrDefault(a => a.Name.Value == "url");
        if (url?.Value is StringValueNode text)
        {
            return text.Value;
        }

        // A missing url is reported with the other directive arguments (SdlDirectiveChecks).
        if (url is not null)
        {
            Error($"Argument \"@specifiedBy(url:)\" has invalid value {Printer.Print(url.Value)}.", url.Value);
        }

        return null;
    }
}
