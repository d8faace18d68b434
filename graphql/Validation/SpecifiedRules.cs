using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// The rules of the spec's section 5 in graphql-js 16's order (chosen for the clearest output when a
/// document breaks several), plus its recommended MaxIntrospectionDepthRule.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Rule,
        UniqueOperationNamesRule.Rule,
        LoneAnonymousOperationRule.Rule,
        SingleFieldSubscriptionsRule.Rule,
        KnownTypeNamesRule.Rule,
        FragmentsOnCompositeTypesRule.Rule,
        VariablesAreInputTypesRule.Rule,
        ScalarLeafsRule.Rule,
        FieldsOnCorrectTypeRule.Rule,
        UniqueFragmentNamesRule.Rule,
        KnownFragmentNamesRule.Rule,
        NoUnusedFragmentsRule.Rule,
        PossibleFragmentSpreadsRule.Rule,
        NoFragmentCyclesRule.Rule,
        UniqueVariableNamesRule.Rule,
        NoUndefinedVariablesRule.Rule,
        NoUnusedVariablesRule.Rule,
        KnownDirectivesRule.Rule,
        UniqueDirectivesPerLocationRule.Rule,
        KnownArgumentNamesRule.Rule,
        UniqueArgumentNamesRule.Rule,
        ValuesOfCorrectTypeRule.Rule,
        ProvidedRequiredArgumentsRule.Rule,
        VariablesInAllowedPositionRule.Rule,
        OverlappingFieldsCanBeMergedRule.Rule,
        UniqueInputFieldNamesRule.Rule,
        MaxIntrospectionDepthRule.Rule,
    ];
}
