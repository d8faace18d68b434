namespace LiveSales.GraphQL.Language;

public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        Token token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(_lexer.GetSpan(token).ToString(), Loc(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(_lexer.GetSpan(token).ToString(), Loc(token));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return _lexer.GetSpan(token) switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(NameTable.Intern(_lexer.GetSpan(token)), Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        string variableName = _lexer.GetSpan(_lexer.Token).ToString();
                        throw Error(token.Start, $"Unexpected variable \"${variableName}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        Token token = _lexer.Token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
    }

    private ListValueNode ParseList(bool isConst)
    {
        Token start = _lexer.Token;
        EnterNesting();
        int mark = _scratch.Count;
        Expect(TokenKind.BracketLeft);
        while (!ExpectOptional(TokenKind.BracketRight))
        {
            _scratch.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(Pop<ValueNode>(mark), Loc(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        Token start = _lexer.Token;
        EnterNesting();
        int mark = _scratch.Count;
        Expect(TokenKind.BraceLeft);
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            Token fieldStart = _lexer.Token;
            NameNode name = ParseName();
            Expect(TokenKind.Colon);
            ValueNode value = ParseValueLiteral(isConst);
            _scratch.Add(new ObjectFieldNode(name, value, Loc(fieldStart)));
        }

        LeaveNesting();
        return new ObjectValueNode(Pop<ObjectFieldNode>(mark), Loc(start));
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
