using System.Text.Json.Nodes;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>The benchmark's data for the execution corpus schema: deterministic, written as JSON for both engines.</summary>
internal static class BenchmarkData
{
    private static readonly string[] s_genres = ["FICTION", "HISTORY", "SCIENCE", "POETRY"];

    public static string Generate(int books)
    {
        var list = new JsonArray();
        var search = new JsonArray();
        for (int i = 0; i < books; i++)
        {
            var book = new JsonObject
            {
                ["id"] = $"b{i}",
                ["title"] = $"Book number {i}",
                ["genre"] = s_genres[i % s_genres.Length],
                ["pages"] = 100 + i,
                ["rating"] = 3 + (i % 20) / 10.0,
                ["published"] = $"20{i % 25:00}-01-15",
                ["inPrint"] = i % 3 != 0,
                ["tags"] = new JsonArray("tag" + (i % 7), "tag" + (i % 11)),
                ["isbn"] = $"978-{i:0000000000}",
                ["authors"] = new JsonArray(Author(i), Author(i + 1)),
                ["reviews"] = new JsonArray(Review(i, 0), Review(i, 1), Review(i, 2)),
            };
            list.Add(book);
            if (i % 5 == 0)
            {
                search.Add(new JsonObject { ["__typename"] = "Book", ["id"] = $"b{i}", ["title"] = $"Book number {i}" });
                search.Add(new JsonObject { ["__typename"] = i % 2 == 0 ? "Author" : "Member", ["id"] = $"a{i}", ["name"] = $"Person {i}" });
            }
        }

        var data = new JsonObject { ["books"] = list, ["featured"] = new JsonObject { ["title"] = "Featured" }, ["search"] = search };
        return data.ToJsonString();
    }

    private static JsonObject Author(int i) => new() { ["id"] = $"a{i}", ["name"] = $"Author {i}", ["born"] = 1900 + (i % 100) };

    private static JsonObject Review(int book, int n) => new()
    {
        ["stars"] = 1 + ((book + n) % 5),
        ["text"] = n == 2 ? null : $"Review {n} of book {book}",
        ["reviewer"] = n == 1 ? null : new JsonObject { ["id"] = $"m{book}-{n}", ["name"] = $"Member {n}", ["since"] = 2000 + n },
    };
}
