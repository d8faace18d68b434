using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// Maps an exception thrown while executing a field to the error clients see (its message and
/// extensions); the executor adds the locations and path.
/// </summary>
public delegate GraphQLError ExceptionMapper(Exception exception);
