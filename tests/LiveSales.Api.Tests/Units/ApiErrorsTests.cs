using LiveSales.Api.Auth;
using LiveSales.Api.GraphQL;
using LiveSales.GrainInterfaces;
using LiveSales.Runtime;

namespace LiveSales.Api.Tests.Units;

public class ApiErrorsTests
{
    [Theory]
    [InlineData(ErrorCode.BadUserInput, "BAD_USER_INPUT")]
    [InlineData(ErrorCode.Forbidden, "FORBIDDEN")]
    [InlineData(ErrorCode.NotFound, "NOT_FOUND")]
    [InlineData(ErrorCode.Conflict, "CONFLICT")]
    [InlineData(ErrorCode.ClaimLimitReached, "CLAIM_LIMIT_REACHED")]
    [InlineData(ErrorCode.HoldingLimitReached, "HOLDING_LIMIT_REACHED")]
    [InlineData(ErrorCode.Cooldown, "COOLDOWN")]
    [InlineData(ErrorCode.AlreadyOwned, "ALREADY_OWNED")]
    [InlineData(ErrorCode.NotOwner, "NOT_OWNER")]
    public void Domain_refusals_keep_their_message_and_get_their_API_code(ErrorCode code, string apiCode)
    {
        var error = GraphQLErrorMapping.Map(new DomainException(code, "Because."));

        Assert.NotNull(error);
        Assert.Equal("Because.", error.Message);
        Assert.Equal(apiCode, error.Extensions!["code"]);
    }

    [Fact]
    public void Missing_sign_in_is_UNAUTHENTICATED_and_a_lost_race_CONFLICT()
    {
        Assert.Equal("UNAUTHENTICATED", GraphQLErrorMapping.Map(new AuthenticationFailedException())!.Extensions!["code"]);
        Assert.Equal("CONFLICT", GraphQLErrorMapping.Map(new InconsistentStateException("stale"))!.Extensions!["code"]);
    }

    [Fact]
    public void Anything_unexpected_is_left_to_the_endpoint_to_mask_and_log()
    {
        Assert.Null(GraphQLErrorMapping.Map(new InvalidOperationException("connection string with a password")));
        Assert.Null(GraphQLErrorMapping.Map(new StorageUnavailableException("database down")));
        Assert.Equal("INTERNAL_SERVER_ERROR: Unexpected error; it has been logged.", ApiErrors.Describe(new FormatException()).ToString());
    }
}
