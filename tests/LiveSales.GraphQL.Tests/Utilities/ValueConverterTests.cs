using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Utilities;

public sealed class ValueConverterTests
{
    private enum LeadStatus
    {
        New,
        NotContacted,
    }

    private sealed class CustomerInput
    {
        public string Name { get; set; } = "";

        public int? Visits { get; set; }

        public List<string> Tags { get; set; } = [];

        public AddressInput? Address { get; set; }
    }

    private sealed record AddressInput(string City, string? Zip = null);

    [Fact]
    public void Maps_input_object_dictionaries_onto_classes_and_records()
    {
        var value = new Dictionary<string, object?>
        {
            ["name"] = "Ada",
            ["visits"] = 3,
            ["tags"] = new List<object?> { "a", "b" },
            ["address"] = new Dictionary<string, object?> { ["city"] = "Oslo" },
        };

        var input = ValueConverter.Convert<CustomerInput>(value);

        Assert.Equal(("Ada", 3, "a,b"), (input.Name, input.Visits, string.Join(",", input.Tags)));
        Assert.Equal(new AddressInput("Oslo"), input.Address);
    }

    [Fact]
    public void Converts_numbers_enum_names_lists_and_nulls()
    {
        Assert.Equal(3L, ValueConverter.Convert<long>(3));
        Assert.Equal(2.5m, ValueConverter.Convert<decimal>(2.5));
        Assert.Equal(LeadStatus.NotContacted, ValueConverter.Convert<LeadStatus>("NOT_CONTACTED"));
        Assert.Equal([1, 2], ValueConverter.Convert<int[]>(new List<object?> { 1, 2 }));
        Assert.Equal(["x"], ValueConverter.Convert<IReadOnlyList<string>>(new List<object?> { "x" }));
        Assert.Null(ValueConverter.Convert<int?>(null));
        Assert.Equal(0, ValueConverter.Convert<int>(null));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), ValueConverter.Convert<Guid>("0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    [Fact]
    public void A_value_that_cannot_convert_says_what_and_to_what()
    {
        var error = Assert.Throws<InvalidCastException>(() => ValueConverter.Convert<LeadStatus>("LOST"));

        Assert.Equal("\"LOST\" is not a value of LeadStatus.", error.Message);
    }
}
