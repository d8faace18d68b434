namespace LiveSales.GraphQL.Language;

public sealed partial class Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        int start = _lexer.Start;
        if (Peek(TokenKind.BraceLeft))
        {
            SelectionSetNode shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand, null, Loc(start));
        }

        StringValueNode? description = ParseDescription();
        OperationType operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        VariableDefinitionNode[] variables = ParseVariableDefinitions();
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet, description, Loc(start));
    }

    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        OperationType? operation = _lexer.Span switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => null,
        };
        if (operation is null)
        {
            throw Unexpected();
        }

        Advance();
        return operation.Value;
    }

    private VariableDefinitionNode[] ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseVariableDefinition(), TokenKind.ParenRight);

    private VariableDefinitionNode ParseVariableDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, Loc(start));
    }

    private VariableNode ParseVariable()
    {
        int start = _lexer.Start;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), Loc(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        int start = _lexer.Start;
        EnterNesting();
        int mark = _scratch.Count;
        Expect(TokenKind.BraceLeft);
        do
        {
            _scratch.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        LeaveNesting();
        return new SelectionSetNode(Pop<SelectionNode>(mark), Loc(start));
    }

    private FieldNode ParseField()
    {
        int start = _lexer.Start;
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        ArgumentNode[] arguments = ParseArguments(isConst: false);
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        int mark = _scratch.Count;
        do
        {
            int start = _lexer.Start;
            NameNode name = ParseName();
            Expect(TokenKind.Colon);
            ValueNode value = ParseValueLiteral(isConst);
            _scratch.Add(new ArgumentNode(name, value, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return Pop<ArgumentNode>(mark);
    }

    private SelectionNode ParseFragment()
    {
        int start = _lexer.Start;
        Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            NameNode name = ParseFragmentName();
            DirectiveNode[] spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        int start = _lexer.Start;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("fragment");
        NameNode name = ParseFragmentName();
        ExpectKeyword("on");
        NamedTypeNode typeCondition = ParseNamedType();
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, description, Loc(start));
    }

    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        int mark = _scratch.Count;
        while (Peek(TokenKind.At))
        {
            int start = _lexer.Start;
            Expect(TokenKind.At);
            NameNode name = ParseName();
            ArgumentNode[] arguments = ParseArguments(isConst);
            _scratch.Add(new DirectiveNode(name, arguments, Loc(start)));
        }

        return Pop<DirectiveNode>(mark);
    }

    private TypeNode ParseTypeReference()
    {
        int start = _lexer.Start;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            EnterNesting();
            TypeNode inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            LeaveNesting();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        int start = _lexer.Start;
        return new NamedTypeNode(ParseName(), Loc(start));
    }
}
