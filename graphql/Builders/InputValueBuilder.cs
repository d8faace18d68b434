using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>An argument or an input object field being defined.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeReference? type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        TypeRef = type;
    }

    public string Name { get; }

    internal TypeReference? TypeRef { get; set; }

    internal string? DescriptionText { get; private set; }

    internal Optional<object?> DefaultValue { get; private set; }

    internal ValueNode? DefaultLiteral { get; private set; }

    internal string? DeprecationReason { get; set; }

    internal InputValueDefinitionNode? AstNode { get; set; }

    public InputValueBuilder Type(TypeReference type)
    {
        ArgumentNullException.ThrowIfNull(type);
        TypeRef = type;
        return this;
    }

    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>The default, as an internal value: <c>20</c>, <c>Role.Rep</c>, a dictionary for an input object.</summary>
    public InputValueBuilder Default(object? value)
    {
        DefaultValue = new Optional<object?>(value);
        DefaultLiteral = null;
        return this;
    }

    /// <summary>The default, written as a GraphQL literal: <c>"{first: 10}"</c>.</summary>
    public InputValueBuilder DefaultLiteralText(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        try
        {
            return DefaultFromAst(Parser.ParseConstValue(literal));
        }
        catch (GraphQLSyntaxError error)
        {
            throw new ArgumentException($"\"{literal}\" is not a GraphQL constant value: {error.Message}", nameof(literal), error);
        }
    }

    public InputValueBuilder Deprecated(string? reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    internal InputValueBuilder DefaultFromAst(ValueNode literal)
    {
        DefaultLiteral = literal;
        DefaultValue = default;
        return this;
    }
}
