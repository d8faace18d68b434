using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    [Fact]
    public void A_document_with_more_tokens_than_allowed_is_a_syntax_error_at_the_first_token_over()
    {
        var options = new ParseOptions { MaxTokens = 5 };

        Assert.Equal(5, Parser.Parse("{ a b c }", options).TokenCount);
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
    }

    [Fact]
    public void A_megabyte_of_fields_stops_at_the_default_token_limit()
    {
        string document = "{" + string.Concat(Enumerable.Repeat(" a", 500_000)) + " }";

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: Document contains more than 50000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Ten_thousand_nested_selections_are_a_syntax_error_not_a_stack_overflow()
    {
        string document = string.Concat(Enumerable.Repeat("{ a ", 10_000)) + string.Concat(Enumerable.Repeat("}", 10_000));

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: Document is nested deeper than 128 levels. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 1 + (128 * 4)), error.Location);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Deeply_nested_values_hit_the_same_depth_limit(string open, string close)
    {
        string value = string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000));

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ f(x: " + value + ") }", new ParseOptions { MaxTokens = int.MaxValue }));

        Assert.Equal("Syntax Error: Document is nested deeper than 128 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Deeply_nested_list_types_hit_the_depth_limit()
    {
        string type = new string('[', 200) + "Int" + new string(']', 200);

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType(type));

        Assert.Equal("Syntax Error: Document is nested deeper than 128 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_parses()
    {
        string document = string.Concat(Enumerable.Repeat("{ a ", 128)) + string.Concat(Enumerable.Repeat("}", 128));

        DocumentNode parsed = Parser.Parse(document);

        Assert.Single(parsed.Definitions);
    }
}
