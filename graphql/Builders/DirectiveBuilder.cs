using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>A custom directive being defined.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal bool IsRepeatable { get; private set; }

    internal string? DeprecationReason { get; set; }

    internal DirectiveDefinitionNode? AstNode { get; set; }

    public DirectiveBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    public DirectiveBuilder Argument(string name, TypeReference type, Action<InputValueBuilder>? configure = null)
    {
        InputValueBuilder argument = Arguments.Find(a => a.Name == name) ?? AddArgument(name);
        argument.Type(type);
        configure?.Invoke(argument);
        return this;
    }

    public DirectiveBuilder Repeatable(bool repeatable = true)
    {
        IsRepeatable = repeatable;
        return this;
    }

    internal InputValueBuilder AddArgument(string name)
    {
        var argument = new InputValueBuilder(name, null);
        Arguments.Add(argument);
        return argument;
    }
}
