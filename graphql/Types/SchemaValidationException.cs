using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Types;

/// <summary>A schema broke the spec's type-system rules; <see cref="Errors"/> lists every problem.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
