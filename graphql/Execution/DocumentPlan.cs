using System.Runtime.CompilerServices;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// What execution learns once per document and schema: its operations and fragments, and the root
/// selection plans (with their memoized sub-selections) when no <c>@skip</c>/<c>@include</c>
/// depends on a variable. Attached to the document, so a cached document executes without re-planning.
/// </summary>
internal sealed class DocumentPlan
{
    private static readonly ConditionalWeakTable<DocumentNode, DocumentPlan> s_plans = [];
    private (OperationDefinitionNode Operation, SelectionPlan Plan)[] _rootPlans = [];

    private DocumentPlan(DocumentNode document, Schema schema)
    {
        Schema = schema;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    ConditionsUseVariables |= ConditionsUse(operation.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    ConditionsUseVariables |= ConditionsUse(fragment.SelectionSet);
                    break;
            }
        }

        Fragments = fragments;
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Whether which fields are collected depends on variable values.</summary>
    public bool ConditionsUseVariables { get; }

    public static DocumentPlan For(DocumentNode document, Schema schema)
    {
        if (s_plans.TryGetValue(document, out DocumentPlan? plan) && ReferenceEquals(plan.Schema, schema))
        {
            return plan;
        }

        plan = new DocumentPlan(document, schema);
        s_plans.AddOrUpdate(document, plan);
        return plan;
    }

    public SelectionPlan GetRootPlan(OperationDefinitionNode operation, ObjectType rootType, OperationExecutor executor)
    {
        if (ConditionsUseVariables)
        {
            return FieldCollector.CollectFields(executor, rootType, operation.SelectionSet);
        }

        foreach ((OperationDefinitionNode known, SelectionPlan plan) in _rootPlans)
        {
            if (ReferenceEquals(known, operation))
            {
                return plan;
            }
        }

        SelectionPlan created = FieldCollector.CollectFields(executor, rootType, operation.SelectionSet);
        _rootPlans = [.. _rootPlans, (operation, created)];
        return created;
    }

    private static bool ConditionsUse(SelectionSetNode selectionSet)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => ArgumentValues.UsesVariables(a.Value)))
                {
                    return true;
                }
            }

            SelectionSetNode? inner = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null && ConditionsUse(inner))
            {
                return true;
            }
        }

        return false;
    }
}
