using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRule s_rule = ProvidedRequiredArgumentsRule.Rule;

    [Fact]
    public void Accepts_all_required_arguments_and_omitted_defaults() =>
        RuleAssert.Valid(s_rule, "{ customer(id: 1) { revenue(year: 2024) } inputs { twoRequired(a: 1, b: 2) withDefaults } me @skip(if: true) { id } }");

    [Fact]
    public void Rejects_missing_field_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ user { id } inputs { twoRequired mixed(c: 1) } }",
            "Field \"user\" argument \"id\" of type \"ID!\" is required, but it was not provided. (1:3)",
            "Field \"twoRequired\" argument \"a\" of type \"Int!\" is required, but it was not provided. (1:24)",
            "Field \"twoRequired\" argument \"b\" of type \"Int!\" is required, but it was not provided. (1:24)",
            "Field \"mixed\" argument \"a\" of type \"Int!\" is required, but it was not provided. (1:36)",
            "Field \"mixed\" argument \"b\" of type \"Int!\" is required, but it was not provided. (1:36)");

    [Fact]
    public void Rejects_missing_directive_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ me @skip @include { id @cost } }",
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (1:6)",
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (1:12)",
            "Directive \"@cost\" argument \"value\" of type \"Int!\" is required, but it was not provided. (1:26)");

    [Fact]
    public void Ignores_unknown_fields() =>
        RuleAssert.Valid(s_rule, "{ unknownField(a: 1) }");

    [Fact]
    public void Treats_null_as_provided() =>
        RuleAssert.Valid(s_rule, "{ inputs { nonNullInt(value: null) } }");
}
