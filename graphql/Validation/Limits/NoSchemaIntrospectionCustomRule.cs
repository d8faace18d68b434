using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>
/// Rejects fields returning introspection types (<c>__schema</c>, <c>__type</c>) when introspection
/// is turned off; <c>__typename</c> stays allowed (graphql-js's NoSchemaIntrospectionCustomRule).
/// </summary>
public sealed class NoSchemaIntrospectionCustomRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(NoSchemaIntrospectionCustomRule), c => new NoSchemaIntrospectionCustomRule(c));

    public override VisitAction EnterField(FieldNode node, VisitContext context)
    {
        if (validation.Type.GetNamedType() is { } type && Introspection.IsIntrospectionType(type))
        {
            validation.ReportError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".",
                node);
        }

        return VisitAction.Continue;
    }
}
