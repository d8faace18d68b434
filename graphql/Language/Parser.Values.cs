namespace LiveSales.GraphQL.Language;

public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        int start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                string integer = _lexer.Span.ToString();
                Advance();
                return new IntValueNode(integer, Loc(start));
            case TokenKind.Float:
                string number = _lexer.Span.ToString();
                Advance();
                return new FloatValueNode(number, Loc(start));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                ValueNode? keyword = _lexer.Span switch
                {
                    "true" => new BooleanValueNode(true),
                    "false" => new BooleanValueNode(false),
                    "null" => new NullValueNode(),
                    _ => null,
                };
                string? enumValue = keyword is null ? NameTable.Intern(_lexer.Span) : null;
                Advance();
                return keyword switch
                {
                    BooleanValueNode flag => new BooleanValueNode(flag.Value, Loc(start)),
                    NullValueNode => new NullValueNode(Loc(start)),
                    _ => new EnumValueNode(enumValue!, Loc(start)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Token dollar = _lexer.Token;
                    Expect(TokenKind.Dollar);
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        string variableName = _lexer.Span.ToString();
                        throw Error(start, $"Unexpected variable \"${variableName}\" in constant value.");
                    }

                    throw Unexpected(dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        int start = _lexer.Start;
        bool block = _lexer.Kind == TokenKind.BlockString;
        string value = _lexer.Value!;
        Advance();
        return new StringValueNode(value, block, Loc(start));
    }

    private ListValueNode ParseList(bool isConst)
    {
        int start = _lexer.Start;
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
        int start = _lexer.Start;
        EnterNesting();
        int mark = _scratch.Count;
        Expect(TokenKind.BraceLeft);
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            int fieldStart = _lexer.Start;
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
