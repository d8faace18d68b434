using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Prints_values_so_that_lexing_gives_them_back(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));

        var lexer = new Lexer(new Source(printed));
        Assert.Equal(value, lexer.GetValue(lexer.Advance()));
    }

    [Fact]
    public void Long_single_lines_print_on_their_own_line()
    {
        string value = new('x', 71);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("  indented first line", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001 char", false)]
    [InlineData("  all\n  lines indented", false)]
    public void Knows_which_values_can_print_as_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }
}
