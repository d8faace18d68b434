using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Errors;

public sealed class GraphQLErrorTests
{
    private static readonly DocumentNode s_document = Parser.Parse("{\n  customer {\n    name\n  }\n}");

    private static FieldNode Field(int depth)
    {
        var field = (FieldNode)((OperationDefinitionNode)s_document.Definitions[0]).SelectionSet.Selections[0];
        return depth == 0 ? field : (FieldNode)field.SelectionSet!.Selections[0];
    }

    [Fact]
    public void Serializes_to_the_spec_error_format()
    {
        var error = new GraphQLError(
            "Not found",
            [Field(1)],
            ["customer", "name"],
            extensions: new Dictionary<string, object?> { ["code"] = "NOT_FOUND" });

        string json = JsonSerializer.Serialize(error);

        Assert.Equal("""{"message":"Not found","locations":[{"line":3,"column":5}],"path":["customer","name"],"extensions":{"code":"NOT_FOUND"}}""", json);
    }

    [Fact]
    public void Leaves_out_absent_locations_path_and_empty_extensions()
    {
        Assert.Equal("""{"message":"Boom"}""", JsonSerializer.Serialize(new GraphQLError("Boom")));
    }

    [Fact]
    public void Writes_list_indices_in_paths_as_numbers()
    {
        var error = new GraphQLError("x", nodes: null, path: ["items", 2, "id"]);

        Assert.Equal("""{"message":"x","path":["items",2,"id"]}""", JsonSerializer.Serialize(error));
    }

    [Fact]
    public void Locating_wraps_other_exceptions_and_keeps_errors_that_have_a_path()
    {
        var original = new InvalidOperationException("Grain call failed");

        GraphQLError located = GraphQLError.Locate(original, [Field(0)], ["customer"]);
        GraphQLError again = GraphQLError.Locate(located, [Field(1)], ["other"]);

        Assert.Equal("Grain call failed", located.Message);
        Assert.Same(original, located.OriginalError);
        Assert.Equal([new SourceLocation(2, 3)], located.Locations);
        Assert.Equal(["customer"], located.Path);
        Assert.Same(located, again);
    }

    [Fact]
    public void A_located_error_keeps_the_extensions_of_the_error_it_wraps()
    {
        var coded = new GraphQLError("Forbidden", nodes: null, extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });

        GraphQLError located = GraphQLError.Locate(coded, [Field(0)], ["customer"]);

        Assert.Equal("FORBIDDEN", located.Extensions["code"]);
        Assert.Equal([new SourceLocation(2, 3)], located.Locations);
    }

    [Fact]
    public void Nodes_without_locations_give_no_locations()
    {
        var error = new GraphQLError("x", new NameNode("a"));

        Assert.Null(error.Locations);
        Assert.Single(error.Nodes!);
    }
}
