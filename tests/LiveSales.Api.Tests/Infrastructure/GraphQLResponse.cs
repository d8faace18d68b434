using System.Text.Json;

namespace LiveSales.Api.Tests.Infrastructure;

public sealed record GraphQLResponse(int Status, JsonElement Json, string Body)
{
    public JsonElement Data => Json.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The code of the only error; fails when there is not exactly one.</summary>
    public string ErrorCode
    {
        get
        {
            Assert.True(Errors.Count == 1, $"expected one error: {Body}");
            return Errors[0].GetProperty("extensions").GetProperty("code").GetString()!;
        }
    }

    public string ErrorMessage => Errors[0].GetProperty("message").GetString()!;
}
