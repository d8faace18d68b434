using LiveSales.GrainInterfaces;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.Api.GraphQL.Scalars;

/// <summary><c>Duration</c>: an ISO-8601 duration in weeks, days, hours, minutes and seconds (<c>P30D</c>, <c>PT6S</c>).</summary>
public sealed class DurationScalar : ScalarType
{
    public DurationScalar()
        : base("Duration")
    {
        Description = "An ISO-8601 duration in weeks, days, hours, minutes and seconds, e.g. P30D, PT6S, P1DT12H. Years and months are refused (their length depends on the calendar).";
        ClrType = typeof(TimeSpan);
    }

    public override object? Serialize(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        TimeSpan span when span >= TimeSpan.Zero => IsoDuration.Format(span),
        string text when IsoDuration.TryParse(text, out var span) => IsoDuration.Format(span),
        var other => throw new GraphQLError($"Duration cannot represent value: {Inspect.Format(other)}"),
    };

    public override object? ParseValue(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        TimeSpan span => span,
        string text when IsoDuration.TryParse(text, out var span) => span,
        var other => throw new GraphQLError($"Duration cannot represent {Inspect.Format(other)}: expected an ISO-8601 duration such as \"P30D\" or \"PT6S\"."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        StringValueNode text when IsoDuration.TryParse(text.Value, out var span) => span,
        _ => throw new GraphQLError($"Duration cannot represent {Printer.Print(valueNode)}: expected an ISO-8601 duration such as \"P30D\" or \"PT6S\".", valueNode),
    };
}
