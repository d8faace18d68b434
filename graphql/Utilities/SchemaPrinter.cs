using System.Text;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL, character for character as graphql-js's <c>printSchema</c>: the schema
/// definition only when root names are not the defaults, custom directives, then every type that
/// is neither built-in scalar nor introspection type, in schema order.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(
            schema,
            directive => !directive.IsSpecified,
            type => !(type is ScalarType scalar && scalar.IsSpecified) && !Introspection.IsIntrospectionType(type));
    }

    /// <summary>The specified directives and the introspection types, as graphql-js's <c>printIntrospectionSchema</c>.</summary>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, directive => directive.IsSpecified, Introspection.IsIntrospectionType);
    }

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        IEnumerable<string?> parts =
        [
            PrintSchemaDefinition(schema),
            .. schema.Directives.Where(directiveFilter).Select(PrintDirective),
            .. schema.Types.Values.Where(typeFilter).Select(PrintType),
        ];
        return string.Join("\n\n", parts.Where(part => !string.IsNullOrEmpty(part)));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is not null)
        {
            operationTypes.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operationTypes.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operationTypes.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        (schema.QueryType is null || schema.QueryType.Name == "Query")
        && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
        && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    /// <summary>One type as SDL.</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedByUrl(scalar),
            ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplementedInterfaces(obj) + PrintFields(obj),
            InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplementedInterfaces(iface) + PrintFields(iface),
            UnionType union => PrintDescription(union.Description) + "union " + union.Name
                + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
            EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(
                enumType.Values.Select((value, i) => PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))),
            InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + PrintBlock(
                input.Fields.Values.Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
            _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
        };
    }

    private static string PrintImplementedInterfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(ComplexType type) => PrintBlock(
        type.Fields.Values.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
            + ": " + field.Type + PrintDeprecated(field.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        List<string> list = [.. items];
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((argument, i) => PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = new StringBuilder(value.Name).Append(": ").Append(value.Type);
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration.Append(" = ").Append(Printer.Print(literal));
        }

        return declaration.Append(PrintDeprecated(value.DeprecationReason)).ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments)
        + PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason != DirectiveDefinition.DefaultDeprecationReason
            ? " @deprecated(reason: " + StringLiteral.Print(reason) + ")"
            : " @deprecated";
    }

    private static string PrintSpecifiedByUrl(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + StringLiteral.Print(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        string text = BlockString.IsPrintable(description) ? BlockString.Print(description) : StringLiteral.Print(description);
        string prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
