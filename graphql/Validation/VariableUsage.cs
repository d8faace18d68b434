using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment: the input type expected where it is
/// used, the default of that position (absent when none), and the input type around it.
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, Optional<object?> DefaultValue, GraphQLType? ParentType);
