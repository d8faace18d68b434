using System.Linq.Expressions;
using System.Reflection;

namespace LiveSales.GraphQL.Builders;

/// <summary>Reads members and their nullability for member-bound fields.</summary>
internal static class ClrMembers
{
    private static readonly NullabilityInfoContext s_nullability = new();

    public static MemberInfo MemberOf(LambdaExpression expression)
    {
        Expression body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Member: PropertyInfo or FieldInfo } access
            ? access.Member
            : throw new ArgumentException($"Expected a property or field access like x => x.Name, got {expression}.", nameof(expression));
    }

    public static NullabilityInfo? NullabilityOf(MemberInfo member)
    {
        lock (s_nullability)
        {
            return member switch
            {
                PropertyInfo property => s_nullability.Create(property),
                FieldInfo field => s_nullability.Create(field),
                _ => null,
            };
        }
    }
}
