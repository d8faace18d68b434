using System.Runtime.CompilerServices;
using System.Text.Json;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;
using Path = System.IO.Path;

namespace LiveSales.GraphQL.TestServer;

/// <summary>The conformance schema (SDL-first, fields from data.json) plus test-only fields and the subscription's source stream.</summary>
public static class ConformanceSchema
{
    private const string TestFields = """
        extend type Query {
          "Waits (honouring cancellation) for the given milliseconds"
          slow(ms: Int! = 10000): String
          "Throws an exception that is not meant for clients"
          boom: String
          "Throws an ArgumentException, which the server declares client-facing"
          badInput: String
          "The name of the user the request runs as"
          me: String
          "The text it was given"
          echo(text: String!): String
        }

        extend type Subscription {
          "Sends 1, then its stream fails with an exception not meant for clients"
          failing: Int!
        }
        """;

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "conformance");

    public static JsonElement Data { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "data.json"))).RootElement;

    public static Schema Create()
    {
        string sdl = File.ReadAllText(Path.Combine(Directory, "schema.graphql")) + "\n" + TestFields;
        return SchemaBuilder.FromSdl(sdl)
            .Query(q =>
            {
                q.Field("slow").Resolve(async ctx =>
                {
                    await Task.Delay(ctx.Argument<int>("ms"), ctx.CancellationToken);
                    return "done";
                });
                q.Field("boom").Resolve(_ => Throw(new InvalidOperationException("connection string leaked")));
                q.Field("badInput").Resolve(_ => Throw(new ArgumentException("The title must not be empty.")));
                q.Field("me").Resolve(ctx => ctx.User.Identity?.Name);
                q.Field("echo").Resolve(ctx => ctx.Argument<string>("text"));
                foreach (JsonProperty property in Data.EnumerateObject())
                {
                    string name = property.Name;
                    if (name is not ("addBook" or "rateBook" or "removeBook"))
                    {
                        q.Field(name).Resolve(_ => Data.GetProperty(name));
                    }
                }
            })
            .Mutation(m =>
            {
                m.Field("addBook").Resolve(_ => Data.GetProperty("addBook"));
                m.Field("rateBook").Resolve(_ => Data.GetProperty("rateBook"));
                m.Field("removeBook").Resolve(_ => true);
            })
            .Subscription(s =>
            {
                s.Field("bookAdded")
                    .Subscribe(ctx => BooksAdded(ctx.Argument<string?>("genre"), ctx.CancellationToken))
                    .Resolve(ctx => ctx.Source);
                s.Field("failing").Subscribe(_ => OneThenFailure()).Resolve(ctx => ctx.Source);
            })
            .Build();
    }

    private static string Throw(Exception exception) => throw exception;

    private static async IAsyncEnumerable<int> OneThenFailure()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("the event feed broke");
    }

    /// <summary>Each book of the data, one every 20 ms, filtered by genre.</summary>
    private static async IAsyncEnumerable<JsonElement> BooksAdded(string? genre, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (JsonElement book in Data.GetProperty("books").EnumerateArray())
        {
            await Task.Delay(20, cancellationToken);
            if (genre is null || book.GetProperty("genre").GetString() == genre)
            {
                yield return book;
            }
        }
    }
}
