using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Server;

namespace LiveSales.GraphQL.Tests.Server;

public class DocumentCacheTests
{
    [Fact]
    public void A_cached_text_returns_the_same_document_and_counts_a_hit()
    {
        var cache = new DocumentCache(10);
        DocumentNode document = Parser.Parse("{ a }");
        cache.Add("{ a }", document, []);

        bool found = cache.TryGet("{ a }", out DocumentNode cached, out _);
        bool other = cache.TryGet("{ b }", out _, out _);

        Assert.True(found);
        Assert.Same(document, cached);
        Assert.False(other);
        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity_and_keeps_entries_in_use()
    {
        var cache = new DocumentCache(100);
        cache.Add("hot", Parser.Parse("{ hot }"), []);
        for (int i = 0; i < 1000; i++)
        {
            cache.TryGet("hot", out _, out _);
            cache.Add($"{{ f{i} }}", Parser.Parse($"{{ f{i} }}"), []);
            Assert.True(cache.Count <= 100);
        }

        Assert.True(cache.TryGet("hot", out _, out _));
    }

    [Fact]
    public void A_capacity_of_zero_turns_caching_off()
    {
        var cache = new DocumentCache(0);
        cache.Add("{ a }", Parser.Parse("{ a }"), []);

        Assert.Equal(0, cache.Count);
    }
}
