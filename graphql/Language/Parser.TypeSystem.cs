namespace LiveSales.GraphQL.Language;

public sealed partial class Parser
{
    private static readonly HashSet<string> s_directiveLocations = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    };

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("schema");
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        int mark = _scratch.Count;
        Expect(TokenKind.BraceLeft);
        do
        {
            _scratch.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return new SchemaDefinitionNode(description, directives, Pop<OperationTypeDefinitionNode>(mark), Loc(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        int start = _lexer.Start;
        OperationType operation = ParseOperationType();
        Expect(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    private OperationTypeDefinitionNode[] ParseOptionalOperationTypes() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseOperationTypeDefinition(), TokenKind.BraceRight);

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("type");
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    private NamedTypeNode[] ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        int mark = _scratch.Count;
        ExpectOptional(TokenKind.Amp);
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Amp));

        return Pop<NamedTypeNode>(mark);
    }

    private FieldDefinitionNode[] ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseFieldDefinition(), TokenKind.BraceRight);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        InputValueDefinitionNode[] arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseInputValueDefinition(), TokenKind.ParenRight);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("interface");
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("union");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        NamedTypeNode[] types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    private NamedTypeNode[] ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        int mark = _scratch.Count;
        ExpectOptional(TokenKind.Pipe);
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return Pop<NamedTypeNode>(mark);
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("enum");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        EnumValueDefinitionNode[] values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseEnumValueDefinition(), TokenKind.BraceRight);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        string? value = _lexer.GetValue(_lexer.Token);
        if (value is "true" or "false" or "null")
        {
            throw Error(_lexer.Token.Start, $"{_lexer.Describe(_lexer.Token)} is reserved and cannot be used for an enum value.");
        }

        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, Loc(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("input");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        InputValueDefinitionNode[] fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    private InputValueDefinitionNode[] ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseInputValueDefinition(), TokenKind.BraceRight);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        NameNode name = ParseName();
        InputValueDefinitionNode[] arguments = ParseArgumentDefinitions();
        bool repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        int mark = _scratch.Count;
        ExpectOptional(TokenKind.Pipe);
        do
        {
            Token locationToken = _lexer.Token;
            NameNode location = ParseName();
            if (!s_directiveLocations.Contains(location.Value))
            {
                throw Unexpected(locationToken);
            }

            _scratch.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, Pop<NameNode>(mark), Loc(start));
    }

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        Token keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.GetSpan(keyword))
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = ParseOptionalOperationTypes();
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        NamedTypeNode[] types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        EnumValueDefinitionNode[] values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        InputValueDefinitionNode[] fields = ParseInputFieldsDefinition();
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}
