using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class PathTests
{
    [Fact]
    public void A_path_lists_its_steps_from_the_root()
    {
        LiveSales.GraphQL.Types.Path path = LiveSales.GraphQL.Types.Path.Root("customers", "Query").Append("edges").Append(2).Append("node", "CustomerEdge");

        Assert.Equal(["customers", "edges", 2, "node"], path.ToList());
        Assert.Equal("customers.edges[2].node", path.ToString());
        Assert.Equal("CustomerEdge", path.TypeName);
        Assert.True(path.Previous!.IsIndex);
        Assert.Equal(2, path.Previous.Key);
    }
}
