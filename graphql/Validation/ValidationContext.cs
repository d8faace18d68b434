using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// What a rule sees while its visitor walks a document (graphql-js's <c>ValidationContext</c>):
/// the schema and document, the <see cref="Utilities.TypeInfo"/> kept in step with the walk,
/// fragment and variable indexes shared by all rules, and <see cref="ReportError(string, AstNode?[])"/>.
/// Each rule gets its own context so that every error names the rule that reported it.
/// </summary>
public sealed class ValidationContext
{
    private readonly ValidationState _state;

    internal ValidationContext(ValidationState state, string rule)
    {
        _state = state;
        Rule = rule;
    }

    /// <summary>The name of the rule this context reports errors for.</summary>
    public string Rule { get; }

    public Schema Schema => _state.Schema;

    public DocumentNode Document => _state.Document;

    public ValidationOptions Options => _state.Options;

    /// <summary>Whether messages must leave out " Did you mean ...?" suggestions.</summary>
    public bool HideSuggestions => _state.Options.HideSuggestions;

    /// <summary>The types at the node being visited.</summary>
    public TypeInfo TypeInfo => _state.TypeInfo;

    public GraphQLType? Type => _state.TypeInfo.Type;

    public NamedType? ParentType => _state.TypeInfo.ParentType;

    public GraphQLType? InputType => _state.TypeInfo.InputType;

    public GraphQLType? ParentInputType => _state.TypeInfo.ParentInputType;

    public FieldDefinition? FieldDefinition => _state.TypeInfo.FieldDefinition;

    public DirectiveDefinition? Directive => _state.TypeInfo.Directive;

    public InputValueDefinition? Argument => _state.TypeInfo.Argument;

    public EnumValueDefinition? EnumValue => _state.TypeInfo.EnumValue;

    /// <summary>Reports an error blamed on <paramref name="nodes"/> (their locations, in order).</summary>
    public void ReportError(string message, params AstNode?[] nodes) =>
        _state.Report(new ValidationError(message, Rule, nodes));

    /// <summary>Reports an error built elsewhere, keeping its message, nodes and extensions.</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _state.Report(error as ValidationError ?? new ValidationError(error.Message, Rule, error.Nodes, error.Extensions));
    }

    /// <summary>
    /// Counts work done following fragments against the document's budget; when it runs out,
    /// validation stops with the error "Validation aborted.".
    /// </summary>
    public void SpendFragmentWork(int cost) => _state.SpendFragmentWork(cost);

    /// <summary>The fragment definition of that name (the last one when names repeat), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _state.GetFragment(name);

    /// <summary>The fragment spreads anywhere in a selection set, not following fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet) =>
        _state.GetFragmentSpreads(selectionSet);

    /// <summary>Every fragment an operation reaches through spreads, each once, known fragments only.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        _state.GetRecursivelyReferencedFragments([operation]);

    /// <summary>Every fragment any of the operations reaches through spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        _state.GetRecursivelyReferencedFragments(operations);

    /// <summary>The variables used under an operation or fragment, not following fragment spreads.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node) => _state.GetVariableUsages(node);

    /// <summary>The variables used by an operation and by every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation) =>
        _state.GetRecursiveVariableUsages(operation);
}
