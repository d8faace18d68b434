using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

/// <summary>Every message and location here is the one graphql-js 16 gives for the same document.</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("# comment only", "Unexpected <EOF>.", 1, 15)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Expected Name, found <EOF>.", 1, 4)]
    [InlineData("}", "Unexpected \"}\".", 1, 1)]
    [InlineData("{ a(b: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A { a: Int }", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment F { a }", "Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("directive @a on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend directive @a", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("query($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 17)]
    [InlineData("query($a: Int = $) { a }", "Unexpected \"$\".", 1, 17)]
    [InlineData("query ($a) { a }", "Expected \":\", found \")\".", 1, 10)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("notakeyword { a }", "Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("query Q { a(b: 1) { } }", "Expected Name, found \"}\".", 1, 21)]
    [InlineData("type T implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T { a(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("input I { a }", "Expected \":\", found \"}\".", 1, 13)]
    [InlineData("schema { a: B }", "Unexpected Name \"a\".", 1, 10)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a(x: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(x: {b: 1 c}) }", "Expected \":\", found \"}\".", 1, 15)]
    [InlineData("subscription { a } mutation", "Expected \"{\", found <EOF>.", 1, 28)]
    [InlineData("scalar", "Expected Name, found <EOF>.", 1, 7)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(b: \"\"\"unterminated }", "Unterminated string.", 1, 25)]
    [InlineData("{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    public void Reports_the_graphql_js_message_and_location(string document, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void A_syntax_error_prints_the_source_excerpt_under_its_message()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{\n  a(b: $)\n}"));

        Assert.Equal(
            "Syntax Error: Expected Name, found \")\".\n\nGraphQL request:2:9\n1 | {\n2 |   a(b: $)\n  |         ^\n3 | }",
            error.ToString());
    }
}
