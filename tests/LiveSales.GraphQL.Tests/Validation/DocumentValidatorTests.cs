using System.Diagnostics;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(document), options: options);

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        Assert.Empty(Validate("""
            query Customers($where: CustomerFilter, $first: Int = 10) {
              customers(where: $where, first: $first) { ...Card followUps(first: 2) { nodes { at channel } } }
              search(text: "acme") { ... on Party { name } }
            }
            fragment Card on Customer { id name owner { name } }
            """));
    }

    [Fact]
    public void The_specified_rules_are_the_27_of_graphql_js_in_its_order()
    {
        Assert.Equal(27, SpecifiedRules.All.Count);
        Assert.Equal("ExecutableDefinitionsRule", SpecifiedRules.All[0].Name);
        Assert.Equal("UniqueInputFieldNamesRule", SpecifiedRules.All[^2].Name);
        Assert.Equal("MaxIntrospectionDepthRule", SpecifiedRules.All[^1].Name);
        Assert.Equal(27, SpecifiedRules.All.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Each_error_names_the_rule_that_reported_it_in_walk_order()
    {
        IReadOnlyList<GraphQLError> errors = Validate("query Q($a: Int) { me { nme } }");

        Assert.Equal(
            ["FieldsOnCorrectTypeRule", "NoUnusedVariablesRule"],
            errors.Select(e => ((ValidationError)e).Rule));
    }

    [Fact]
    public void Validation_stops_after_the_error_limit_with_one_more_error()
    {
        string fields = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"unknown{i}"));

        IReadOnlyList<GraphQLError> errors = Validate($"{{ me {{ {fields} }} }}", new ValidationOptions { MaxErrors = 5 });

        Assert.Equal(6, errors.Count);
        Assert.Equal("Cannot query field \"unknown4\" on type \"User\".", errors[4].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[5].Message);
        Assert.Null(errors[5].Locations);
        Assert.Null(((ValidationError)errors[5]).Rule);
    }

    [Fact]
    public void The_default_error_limit_is_100()
    {
        string fields = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"unknown{i}"));

        IReadOnlyList<GraphQLError> errors = Validate($"{{ me {{ {fields} }} }}");

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
    }

    [Fact]
    public void Hidden_suggestions_leave_did_you_mean_out_of_every_message()
    {
        var options = new ValidationOptions { HideSuggestions = true };

        IReadOnlyList<GraphQLError> errors = Validate(
            "query Q($a: Usr) { me { nme } customer(idd: 1) { id } inputs { role(value: ADMN) filter(value: {regoin: \"x\"}) } search(text: \"a\") { id } }",
            options);

        Assert.Equal(
            [
                "Unknown type \"Usr\".",
                "Cannot query field \"nme\" on type \"User\".",
                "Unknown argument \"idd\" on field \"Query.customer\".",
                "Value \"ADMN\" does not exist in \"Role\" enum.",
                "Field \"regoin\" is not defined by type \"CustomerFilter\".",
                "Cannot query field \"id\" on type \"Searchable\".",
                "Variable \"$a\" is never used in operation \"Q\".",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Descriptions_are_not_validated_as_values()
    {
        Assert.Empty(Validate("\"An operation\" query Q(\"A count\" $a: Int = 1) { inputs { int(value: $a) } }"));
    }

    [Fact]
    public void A_validation_error_serializes_as_any_graphql_error()
    {
        GraphQLError error = Validate("{ me { nme } }").Single();

        Assert.Equal(
            """{"message":"Cannot query field \u0022nme\u0022 on type \u0022User\u0022. Did you mean \u0022name\u0022?","locations":[{"line":1,"column":8}]}""",
            JsonSerializer.Serialize(error));
        Assert.Equal(JsonSerializer.Serialize<GraphQLError>(error), JsonSerializer.Serialize((ValidationError)error));
    }

    [Fact]
    public void Only_the_given_rules_run()
    {
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(
            ValidationTestSchema.Schema, Parser.Parse("query Q($a: Int) { me { nme } }"), [NoUnusedVariablesRule.Rule]);

        Assert.Equal("Variable \"$a\" is never used in operation \"Q\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void A_custom_rule_sees_types_and_reports_through_its_context()
    {
        var rule = new ValidationRule("NoDeprecatedFieldsRule", context => new NoDeprecatedFields(context));

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(
            ValidationTestSchema.Schema, Parser.Parse("{ legacy me { nickname name } }"), [rule]);

        Assert.Equal(
            ["Query.legacy is deprecated: Use me (1:3)", "User.nickname is deprecated: No longer supported (1:15)"],
            RuleAssert.Describe(errors));
        Assert.All(errors, e => Assert.Equal("NoDeprecatedFieldsRule", ((ValidationError)e).Rule));
    }

    [Fact]
    public void Ten_thousand_aliases_validate_in_linear_time()
    {
        string aliases = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: name"));
        DocumentNode document = Parser.Parse($"{{ me {{ {aliases} }} }}");

        var watch = Stopwatch.StartNew();
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document);

        Assert.Empty(errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Ten_thousand_identical_fields_stop_at_the_comparison_budget_as_graphql_js_does()
    {
        DocumentNode document = Parser.Parse($"{{ me {{ {string.Join(' ', Enumerable.Repeat("name", 10_000))} }} }}");

        var watch = Stopwatch.StartNew();
        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document);

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_long_fragment_chain_does_not_overflow_the_stack()
    {
        const int Length = 5_000;
        string fragments = string.Join('\n', Enumerable.Range(0, Length).Select(i =>
            $"fragment F{i} on User {{ id {(i + 1 < Length ? $"...F{i + 1}" : string.Empty)} }}"));
        DocumentNode document = Parser.Parse($"{{ me {{ ...F0 }} }}\n{fragments}", new ParseOptions { MaxTokens = 100_000 });

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document);

        Assert.All(errors, e => Assert.Equal("Validation aborted.", e.Message));
    }

    private sealed class NoDeprecatedFields(ValidationContext validation) : AstVisitor
    {
        public override VisitAction EnterField(FieldNode node, VisitContext context)
        {
            if (validation.FieldDefinition is { IsDeprecated: true } field && validation.ParentType is { } parent)
            {
                validation.ReportError($"{parent.Name}.{field.Name} is deprecated: {field.DeprecationReason}", node);
            }

            return VisitAction.Continue;
        }
    }
}
