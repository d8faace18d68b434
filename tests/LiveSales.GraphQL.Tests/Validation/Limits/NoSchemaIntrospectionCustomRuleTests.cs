using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Limits;

namespace LiveSales.GraphQL.Tests.Validation.Limits;

public sealed class NoSchemaIntrospectionCustomRuleTests
{
    private static readonly ValidationRule s_rule = NoSchemaIntrospectionCustomRule.Rule;

    [Fact]
    public void Allows_typename() =>
        RuleAssert.Valid(s_rule, "{ __typename me { __typename name } }");

    [Fact]
    public void Rejects_schema_and_type_fields() =>
        RuleAssert.Errors(
            s_rule,
            "{ __schema { queryType { name } } __type(name: \"User\") { name } }",
            "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\". (1:3)",
            "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\". (1:14)",
            "GraphQL introspection has been disabled, but the requested query contained the field \"__type\". (1:35)");
}
