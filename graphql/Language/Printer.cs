using System.Text;

namespace LiveSales.GraphQL.Language;

/// <summary>
/// Prints syntax trees as canonical GraphQL text, with the layout graphql-js's <c>print</c> gives:
/// two-space indentation, one selection per line, arguments wrapped when a line passes 80 characters.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Join(
                [
                    Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                    "$" + n.Variable.Name.Value,
                    ": ",
                    Print(n.Type),
                    Wrap(" = ", PrintOptional(n.DefaultValue)),
                    Wrap(" ", PrintDirectives(n.Directives)),
                ]),
            SelectionSetNode n => Block(n.Selections.Select(Print)),
            FieldNode n => Join(
                [
                    PrintFieldPrefixAndArguments(n),
                    Wrap(" ", PrintDirectives(n.Directives)),
                    Wrap(" ", PrintOptional(n.SelectionSet)),
                ]),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", PrintDirectives(n.Directives)),
            InlineFragmentNode n => Join(
                ["...", Wrap("on ", PrintOptional(n.TypeCondition)), PrintDirectives(n.Directives), Print(n.SelectionSet)],
                " "),
            FragmentDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " "
                + Wrap(string.Empty, PrintDirectives(n.Directives), " ") + Print(n.SelectionSet),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : StringLiteral.Print(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintTypeSystem(AstNode node) => node switch
    {
        SchemaDefinitionNode n => Described(
            n.Description,
            Join(["schema", PrintDirectives(n.Directives), Block(n.OperationTypes.Select(Print))], " ")),
        OperationTypeDefinitionNode n => n.Operation.ToKeyword() + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Described(n.Description, Join(["scalar", n.Name.Value, PrintDirectives(n.Directives)], " ")),
        ObjectTypeDefinitionNode n => Described(
            n.Description,
            Join(["type", n.Name.Value, PrintInterfaces(n.Interfaces), PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        FieldDefinitionNode n => Described(n.Description, string.Empty)
            + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type)
            + Wrap(" ", PrintDirectives(n.Directives)),
        InputValueDefinitionNode n => Described(n.Description, string.Empty)
            + n.Name.Value + ": " + Print(n.Type)
            + Wrap(" = ", PrintOptional(n.DefaultValue)) + Wrap(" ", PrintDirectives(n.Directives)),
        InterfaceTypeDefinitionNode n => Described(
            n.Description,
            Join(["interface", n.Name.Value, PrintInterfaces(n.Interfaces), PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        UnionTypeDefinitionNode n => Described(
            n.Description,
            Join(["union", n.Name.Value, PrintDirectives(n.Directives), PrintUnionTypes(n.Types)], " ")),
        EnumTypeDefinitionNode n => Described(
            n.Description,
            Join(["enum", n.Name.Value, PrintDirectives(n.Directives), Block(n.Values.Select(Print))], " ")),
        EnumValueDefinitionNode n => Described(n.Description, Join([n.Name.Value, PrintDirectives(n.Directives)], " ")),
        InputObjectTypeDefinitionNode n => Described(
            n.Description,
            Join(["input", n.Name.Value, PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        DirectiveDefinitionNode n => Described(n.Description, string.Empty)
            + "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments)
            + (n.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(n.Locations.Select(Print), " | "),
        SchemaExtensionNode n => Join(["extend schema", PrintDirectives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, PrintDirectives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(
            ["extend type", n.Name.Value, PrintInterfaces(n.Interfaces), PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode n => Join(
            ["extend interface", n.Name.Value, PrintInterfaces(n.Interfaces), PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, PrintDirectives(n.Directives), PrintUnionTypes(n.Types)], " "),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, PrintDirectives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        List<string> variables = [.. node.VariableDefinitions.Select(Print)];
        string variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        string keyword = node.Operation.ToKeyword();
        string prefix = Join(
            [
                Wrap(string.Empty, PrintOptional(node.Description), "\n"),
                Join([keyword, Join([node.Name?.Value, variableDefinitions]), PrintDirectives(node.Directives)], " "),
            ]);

        // An anonymous query without variables or directives prints in the shorthand form.
        bool shorthand = node.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Join([shorthand ? string.Empty : Join([prefix, " "]), Print(node.SelectionSet)]);
    }

    private static string PrintFieldPrefixAndArguments(FieldNode node)
    {
        string prefix = node.Alias is null ? node.Name.Value : node.Alias.Value + ": " + node.Name.Value;
        if (node.Arguments.Count == 0)
        {
            return prefix;
        }

        List<string> arguments = [.. node.Arguments.Select(Print)];
        string line = Join(arguments, ", ");
        return prefix.Length + line.Length + 2 > MaxLineLength
            ? prefix + "(\n" + Indent(Join(arguments, "\n")) + "\n)"
            : prefix + "(" + line + ")";
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        List<string> printed = [.. arguments.Select(Print)];
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string PrintInterfaces(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces.Select(Print), " & "));

    private static string PrintUnionTypes(IReadOnlyList<NamedTypeNode> types) =>
        Wrap("= ", Join(types.Select(Print), " | "));

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? string.Empty : Join(directives.Select(Print), " ");

    private static string? PrintOptional(AstNode? node) => node is null ? null : Print(node);

    private static string Described(StringValueNode? description, string text) =>
        Wrap(string.Empty, PrintOptional(description), "\n") + text;

    private static string Join(IEnumerable<string?> items, string separator = "")
    {
        var result = new StringBuilder();
        foreach (string? item in items)
        {
            if (string.IsNullOrEmpty(item))
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(separator);
            }

            result.Append(item);
        }

        return result.ToString();
    }

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    private static string Indent(string text) =>
        string.IsNullOrEmpty(text) ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems(List<string> items) => items.Exists(item => item.Contains('\n', StringComparison.Ordinal));
}
