using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL language (executable and type system
/// documents). It decides every production from the current token, or one token of lookahead
/// after a description or <c>extend</c>, so it never backtracks. Errors are <see cref="GraphQLSyntaxError"/>
/// with the messages graphql-js gives.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly bool _noLocation;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly List<AstNode> _scratch = [];
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParseOptions? options)
    {
        options ??= ParseOptions.Default;
        _source = source;
        _lexer = new Lexer(source);
        _noLocation = options.NoLocation;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
    }

    /// <summary>Parses a document.</summary>
    public static DocumentNode Parse(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Parser(source, options).ParseDocument();
    }

    /// <summary>Parses a document.</summary>
    public static DocumentNode Parse(string source, ParseOptions? options = null) => Parse(new Source(source), options);

    /// <summary>Parses one value literal, which may contain variables: <c>[1, $x]</c>.</summary>
    public static ValueNode ParseValue(string source, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.Expect(TokenKind.StartOfFile);
        ValueNode value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string source, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.Expect(TokenKind.StartOfFile);
        ValueNode value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one type reference: <c>[Customer!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.Expect(TokenKind.StartOfFile);
        TypeNode type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        int start = _lexer.Start;
        int mark = _scratch.Count;
        Expect(TokenKind.StartOfFile);
        do
        {
            _scratch.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode(Pop<DefinitionNode>(mark), Loc(start)) { TokenCount = _tokenCount };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need one token of lookahead.
        bool hasDescription = PeekDescription();
        Token keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.GetSpan(keyword))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (_lexer.GetSpan(keyword) is "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        int start = _lexer.Start;
        string name = NameTable.Intern(_lexer.Span);
        Advance();
        return new NameNode(name, Loc(start));
    }

    private Location? Loc(int start) =>
        _noLocation ? null : new Location(start, _lexer.LastEnd, _source);

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private bool PeekKeyword(string keyword) =>
        _lexer.Kind == TokenKind.Name && _lexer.Span.SequenceEqual(keyword);

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ExpectedError(kind);
        }

        Advance();
    }

    private GraphQLSyntaxError ExpectedError(TokenKind kind)
    {
        Token token = _lexer.Token;
        return Error(token.Start, $"Expected {kind.Describe()}, found {_lexer.Describe(token)}.");
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            Token token = _lexer.Token;
            throw Error(token.Start, $"Expected \"{keyword}\", found {_lexer.Describe(token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (PeekKeyword(keyword))
        {
            Advance();
            return true;
        }

        return false;
    }

    private void Advance()
    {
        _lexer.Next();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }
    }

    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw Error(_lexer.Start, $"Document is nested deeper than {_maxDepth} levels. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    private GraphQLSyntaxError Unexpected(in Token token) => Error(token.Start, $"Unexpected {_lexer.Describe(token)}.");

    private GraphQLSyntaxError Unexpected() => Unexpected(_lexer.Token);

    private GraphQLSyntaxError Error(int position, string description) => new(_source, position, description);

    /// <summary>Moves the nodes collected since <paramref name="mark"/> into an exact-size array.</summary>
    /// <summary>
    /// graphql-js's optionalMany: nothing unless the next token is <paramref name="open"/>, else one
    /// or more items up to <paramref name="close"/>. The item parser is a static lambda (no allocation).
    /// </summary>
    private T[] OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : AstNode
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        int mark = _scratch.Count;
        do
        {
            _scratch.Add(parseItem(this));
        }
        while (!ExpectOptional(close));

        return Pop<T>(mark);
    }

    private T[] Pop<T>(int mark)
        where T : AstNode
    {
        int count = _scratch.Count - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[mark + i];
        }

        _scratch.RemoveRange(mark, count);
        return items;
    }
}
