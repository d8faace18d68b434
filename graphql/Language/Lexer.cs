using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LiveSales.GraphQL.Errors;
using static LiveSales.GraphQL.Language.CharacterClasses;

namespace LiveSales.GraphQL.Language;

/// <summary>
/// Turns a source into tokens, one at a time, skipping whitespace, commas and comments. It reads
/// the source text in place: a token is a kind and a span, and only strings are decoded eagerly.
/// After the end it keeps returning the EndOfFile token. Errors are <see cref="GraphQLSyntaxError"/>.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private int _line = 1;
    private int _lineStart;

    // The current token, kept in fields so the parser reads it without copying structs.
    private TokenKind _kind;
    private int _start;
    private int _end;
    private int _tokenLine;
    private int _tokenColumn;
    private string? _value;
    private Token _last;
    private Token _lookahead;
    private bool _hasLookahead;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
        _kind = TokenKind.StartOfFile;
        _last = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
    }

    public Source Source { get; }

    /// <summary>The current token (StartOfFile before the first <see cref="Advance"/>).</summary>
    public Token Token => new(_kind, _start, _end, _tokenLine, _tokenColumn, _value);

    /// <summary>The token before the current one.</summary>
    public Token LastToken => _last;

    internal TokenKind Kind => _kind;

    internal int Start => _start;

    /// <summary>The end offset of the previous token (where a node that just ended ends).</summary>
    internal int LastEnd => _last.End;

    /// <summary>The decoded value of the current string token.</summary>
    internal string? Value => _value;

    /// <summary>The raw text of the current token.</summary>
    internal ReadOnlySpan<char> Span => _body.AsSpan(_start, _end - _start);

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        Next();
        return Token;
    }

    /// <summary>Moves to the next token without materializing it.</summary>
    internal void Next()
    {
        _last = Token;
        if (_hasLookahead)
        {
            Set(_lookahead);
            _hasLookahead = false;
        }
        else if (_kind != TokenKind.EndOfFile)
        {
            ReadNextToken(_end);
        }
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Lookahead()
    {
        if (_kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasLookahead)
        {
            Token current = Token;
            ReadNextToken(_end);
            _lookahead = Token;
            _hasLookahead = true;
            Set(current);
        }

        return _lookahead;
    }

    /// <summary>The text of a Name, Int or Float token, or the decoded value of a string token; null for punctuators.</summary>
    public string? GetValue(in Token token) => token.Kind switch
    {
        TokenKind.String or TokenKind.BlockString => token.Value,
        TokenKind.Name or TokenKind.Int or TokenKind.Float => _body.Substring(token.Start, token.End - token.Start),
        _ => null,
    };

    /// <summary>The raw text of a token.</summary>
    public ReadOnlySpan<char> GetSpan(in Token token) => _body.AsSpan(token.Start, token.End - token.Start);

    /// <summary>How a token is named in syntax error messages: its kind, and its value in quotes if it has one.</summary>
    public string Describe(in Token token)
    {
        string? value = GetValue(token);
        return value is null ? token.Kind.Describe() : $"{token.Kind.Describe()} \"{value}\"";
    }

    private void Set(in Token token)
    {
        _kind = token.Kind;
        _start = token.Start;
        _end = token.End;
        _tokenLine = token.Line;
        _tokenColumn = token.Column;
        _value = token.Value;
    }

    private void ReadNextToken(int start)
    {
        string body = _body;
        int position = start;
        while ((uint)position < (uint)body.Length)
        {
            char c = body[position];
            switch (c)
            {
                case ' ' or ',' or '\t' or '\uFEFF':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': Create(TokenKind.Bang, position, position + 1); return;
                case '$': Create(TokenKind.Dollar, position, position + 1); return;
                case '&': Create(TokenKind.Amp, position, position + 1); return;
                case '(': Create(TokenKind.ParenLeft, position, position + 1); return;
                case ')': Create(TokenKind.ParenRight, position, position + 1); return;
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        Create(TokenKind.Spread, position, position + 3);
                        return;
                    }

                    break;
                case ':': Create(TokenKind.Colon, position, position + 1); return;
                case '=': Create(TokenKind.Equals, position, position + 1); return;
                case '@': Create(TokenKind.At, position, position + 1); return;
                case '[': Create(TokenKind.BracketLeft, position, position + 1); return;
                case ']': Create(TokenKind.BracketRight, position, position + 1); return;
                case '{': Create(TokenKind.BraceLeft, position, position + 1); return;
                case '|': Create(TokenKind.Pipe, position, position + 1); return;
                case '}': Create(TokenKind.BraceRight, position, position + 1); return;
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
            }

            if (IsNameStart(c))
            {
                ReadName(position);
                return;
            }

            if (IsDigit(c) || c == '-')
            {
                ReadNumber(position, c);
                return;
            }

            throw Error(
                position,
                c == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(c) || IsSupplementaryCodePoint(_body, position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        Create(TokenKind.EndOfFile, body.Length, body.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Create(TokenKind kind, int start, int end, string? value = null)
    {
        _kind = kind;
        _start = start;
        _end = end;
        _tokenLine = _line;
        _tokenColumn = 1 + start - _lineStart;
        _value = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CharAt(int index) => (uint)index < (uint)_body.Length ? _body[index] : -1;

    private int SkipComment(int start)
    {
        int position = start + 1;
        while (position < _body.Length)
        {
            char c = _body[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(_body, position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private void ReadName(int start)
    {
        string body = _body;
        int position = start + 1;
        while ((uint)position < (uint)body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        Create(TokenKind.Name, start, position);
    }

    private void ReadNumber(int start, int first)
    {
        int position = start;
        int c = first;
        bool isFloat = false;
        if (c == '-')
        {
            c = CharAt(++position);
        }

        if (c == '0')
        {
            c = CharAt(++position);
            if (IsDigit(c))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.')
        {
            isFloat = true;
            c = CharAt(++position);
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == 'E' || c == 'e')
        {
            isFloat = true;
            c = CharAt(++position);
            if (c == '+' || c == '-')
            {
                c = CharAt(++position);
            }

            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.' || IsNameStart(c))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        int position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private void ReadString(int start)
    {
        string body = _body;
        int position = start + 1;
        int chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '"')
            {
                string text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                Create(TokenKind.String, start, position + 1, text);
                return;
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, value)
                        : ReadFixedWidthUnicodeEscape(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        int point = 0;
        int size = 3;

        // At most 12 characters: \u{00000000}.
        while (size < 12)
        {
            int c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            point = (point << 4) | ReadHexDigit(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        // A surrogate pair may be written as two escapes, as in JSON; a lone surrogate may not.
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            int trailing = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    private void ReadBlockString(int start)
    {
        string body = _body;
        int lineStart = _lineStart;
        int position = start + 3;
        int chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                Create(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    /// <summary>A character for an error message: printable ASCII quoted, anything else as U+XXXX.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return TokenKind.EndOfFile.Describe();
        }

        int code = IsSupplementaryCodePoint(_body, position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxError Error(int position, string description) => new(Source, position, description);
}
