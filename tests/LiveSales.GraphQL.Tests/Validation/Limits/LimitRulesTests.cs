using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Limits;

namespace LiveSales.GraphQL.Tests.Validation.Limits;

public sealed class LimitRulesTests
{
    [Fact]
    public void No_limit_rule_runs_by_default() =>
        Assert.Empty(LimitRules.For(ValidationOptions.Default));

    [Fact]
    public void Options_turn_on_each_limit_rule()
    {
        var options = new ValidationOptions { MaxDepth = 5, MaxAliases = 10, MaxCost = 100, DisableIntrospection = true };

        Assert.Equal(
            ["NoSchemaIntrospectionCustomRule", "MaxDepthRule", "MaxAliasesRule", "MaxCostRule"],
            LimitRules.For(options).Select(r => r.Name));
    }

    [Fact]
    public void The_validator_runs_the_limit_rules_with_the_specified_ones()
    {
        var options = new ValidationOptions { MaxDepth = 1, DisableIntrospection = true };

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(
            ValidationTestSchema.Schema, Parser.Parse("{ me { nme } __type(name: \"User\") { name } }"), options: options);

        Assert.Equal(
            ["MaxDepthRule", "FieldsOnCorrectTypeRule", "NoSchemaIntrospectionCustomRule"],
            errors.Select(e => ((ValidationError)e).Rule));
    }
}
