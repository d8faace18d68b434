using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token LexOne(string text, out Lexer lexer)
    {
        lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static List<(TokenKind Kind, string? Value)> LexAll(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<(TokenKind, string?)>();
        for (Token token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add((token.Kind, lexer.GetValue(token)));
        }

        return tokens;
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Lexes_each_punctuator(string text, TokenKind kind)
    {
        Token token = LexOne(text, out Lexer lexer);

        Assert.Equal(kind, token.Kind);
        Assert.Equal((0, text.Length), (token.Start, token.End));
        Assert.Null(lexer.GetValue(token));
    }

    [Theory]
    [InlineData("simple", TokenKind.Name, "simple")]
    [InlineData("_under_score9", TokenKind.Name, "_under_score9")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("9007199254740993", TokenKind.Int, "9007199254740993")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-0.123", TokenKind.Float, "-0.123")]
    [InlineData("123e4", TokenKind.Float, "123e4")]
    [InlineData("123E-4", TokenKind.Float, "123E-4")]
    [InlineData("-1.123e+4", TokenKind.Float, "-1.123e+4")]
    public void Lexes_names_and_numbers_as_their_source_text(string text, TokenKind kind, string value)
    {
        Token token = LexOne(text, out Lexer lexer);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, lexer.GetValue(token));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable width \\u{1F600} \\u{0}\"", "variable width \U0001F600 \0")]
    [InlineData("\"surrogate pair \\uD83D\\uDE00\"", "surrogate pair \U0001F600")]
    [InlineData("\"literal pair \U0001F600\"", "literal pair \U0001F600")]
    public void Decodes_string_escapes(string text, string value)
    {
        Token token = LexOne(text, out Lexer lexer);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, lexer.GetValue(token));
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n    lines\n\n  \"\"\"", "spans\n  multiple\nlines")]
    [InlineData("\"\"\"  first line keeps its indent\n    others lose the common one\n      deeper\"\"\"", "  first line keeps its indent\nothers lose the common one\n  deeper")]
    [InlineData("\"\"\"\n\t\n  \"\"\"", "")]
    public void Block_strings_are_dedented(string text, string value)
    {
        Token token = LexOne(text, out Lexer lexer);

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, lexer.GetValue(token));
    }

    [Fact]
    public void Skips_whitespace_commas_byte_order_marks_and_comments()
    {
        var tokens = LexAll("\uFEFF\t a,,, # a comment ! with { tokens\r\n  b # another\n");

        Assert.Equal([(TokenKind.Name, "a"), (TokenKind.Name, "b")], tokens);
    }

    [Fact]
    public void Tracks_lines_and_columns_across_all_line_terminators_and_block_strings()
    {
        var lexer = new Lexer(new Source("a\r\n  b\r c\n\"\"\"x\n y\"\"\" d"));

        Token a = lexer.Advance();
        Token b = lexer.Advance();
        Token c = lexer.Advance();
        Token block = lexer.Advance();
        Token d = lexer.Advance();

        Assert.Equal((1, 1), (a.Line, a.Column));
        Assert.Equal((2, 3), (b.Line, b.Column));
        Assert.Equal((3, 2), (c.Line, c.Column));
        Assert.Equal((4, 1), (block.Line, block.Column));
        Assert.Equal((5, 7), (d.Line, d.Column));
    }

    [Fact]
    public void Lookahead_does_not_move_and_end_of_file_repeats()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        Token next = lexer.Lookahead();

        Assert.Equal("a", lexer.GetValue(lexer.Token));
        Assert.Equal("b", lexer.GetValue(next));
        Assert.Equal(TokenKind.Name, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Theory]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{FFFFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\uD800\\u0041\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uXYZW\"", "Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2)]
    [InlineData("\"unterminated", "Unterminated string.", 1, 14)]
    [InlineData("\"line\nbreak\"", "Unterminated string.", 1, 6)]
    [InlineData("\"\"\"never closed", "Unterminated string.", 1, 16)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1x", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData(".5", "Unexpected character: \".\".", 1, 1)]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u00e9", "Unexpected character: U+00E9.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\n\n  \"\\z\"", "Invalid character escape sequence: \"\\z\".", 3, 4)]
    public void Reports_lexical_errors_with_message_and_location(string text, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => LexOne(text, out _));

        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(description, error.Description);
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Fact]
    public void Lone_surrogates_are_invalid_characters_inside_and_outside_strings()
    {
        string loneSurrogate = ((char)0xD800).ToString();

        var outside = Assert.Throws<GraphQLSyntaxError>(() => LexOne(loneSurrogate, out _));
        var inside = Assert.Throws<GraphQLSyntaxError>(() => LexOne("\"lone " + loneSurrogate + "\"", out _));

        Assert.Equal(("Syntax Error: Invalid character: U+D800.", new SourceLocation(1, 1)), (outside.Message, outside.Location));
        Assert.Equal(("Syntax Error: Invalid character within String: U+D800.", new SourceLocation(1, 7)), (inside.Message, inside.Location));
    }
}
