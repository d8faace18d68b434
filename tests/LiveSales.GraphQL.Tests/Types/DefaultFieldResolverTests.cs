using System.Text.Json;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class DefaultFieldResolverTests
{
    private sealed record Customer(string Name, int Visits)
    {
        public string? nickname = "Bob";
    }

    [Fact]
    public void Reads_json_properties_and_treats_json_null_as_null()
    {
        using JsonDocument document = JsonDocument.Parse("""{"name": "Ada", "tags": ["a"], "owner": null}""");

        var name = (JsonElement)DefaultFieldResolver.Resolve(document.RootElement, "name")!;
        Assert.Equal("Ada", name.GetString());
        Assert.Equal(JsonValueKind.Array, ((JsonElement)DefaultFieldResolver.Resolve(document.RootElement, "tags")!).ValueKind);
        Assert.Null(DefaultFieldResolver.Resolve(document.RootElement, "owner"));
        Assert.Null(DefaultFieldResolver.Resolve(document.RootElement, "missing"));
    }

    [Fact]
    public void Reads_dictionary_entries()
    {
        var parent = new Dictionary<string, object?> { ["name"] = "Ada" };

        Assert.Equal("Ada", DefaultFieldResolver.Resolve(parent, "name"));
        Assert.Null(DefaultFieldResolver.Resolve(parent, "missing"));
    }

    [Fact]
    public void Reads_properties_and_fields_of_objects_matching_names_case_insensitively()
    {
        var customer = new Customer("Ada", 3);

        Assert.Equal("Ada", DefaultFieldResolver.Resolve(customer, "name"));
        Assert.Equal(3, DefaultFieldResolver.Resolve(customer, "visits"));
        Assert.Equal("Bob", DefaultFieldResolver.Resolve(customer, "nickname"));
        Assert.Null(DefaultFieldResolver.Resolve(customer, "missing"));
        Assert.Null(DefaultFieldResolver.Resolve(null, "name"));
    }
}
