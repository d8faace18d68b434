using LiveSales.Api.Auth;

namespace LiveSales.Api.Tests.Units;

public class BearerTokenTests
{
    [Fact]
    public void Tokens_are_random_and_only_their_hash_names_the_session()
    {
        var (first, second) = (BearerTokens.New(), BearerTokens.New());

        Assert.NotEqual(first, second);
        Assert.StartsWith("ls_", first, StringComparison.Ordinal);
        Assert.Equal(46, first.Length);
        Assert.Matches("^[0-9a-f]{64}$", BearerTokens.SessionIdOf(first));
        Assert.Equal(BearerTokens.SessionIdOf(first), BearerTokens.SessionIdOf(first));
        Assert.DoesNotContain(first[3..], BearerTokens.SessionIdOf(first)!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer ls_abc")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.signature")]
    public void Text_that_cannot_be_a_token_has_no_session(string? text) => Assert.Null(BearerTokens.SessionIdOf(text));
}
