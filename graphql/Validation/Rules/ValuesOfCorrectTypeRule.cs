using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>
/// Every literal is a valid value of the input type where it stands, @oneOf input objects given
/// exactly one non-null field (spec: Values of Correct Type).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(ValuesOfCorrectTypeRule), c => new ValuesOfCorrectTypeRule(c));

    public override VisitAction EnterListValue(ListValueNode node, VisitContext context)
    {
        if (validation.ParentInputType.GetNullableType() is not ListType)
        {
            CheckLeaf(node);
            return VisitAction.Skip;
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectValue(ObjectValueNode node, VisitContext context)
    {
        if (validation.InputType.GetNamedType() is not InputObjectType type)
        {
            CheckLeaf(node);
            return VisitAction.Skip;
        }

        foreach (InputValueDefinition field in type.Fields.Values)
        {
            if (field.IsRequired && LastNamed(node, field.Name) is null)
            {
                validation.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node, VisitContext context)
    {
        if (validation.InputType is null && validation.ParentInputType.GetNamedType() is InputObjectType parentType)
        {
            IReadOnlyList<string> suggestions = validation.HideSuggestions ? [] : SuggestionList.For(node.Name.Value, parentType.Fields.Keys);
            validation.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + DidYouMean.Format(suggestions), node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterNullValue(NullValueNode node, VisitContext context)
    {
        if (validation.InputType is NonNullType type)
        {
            validation.ReportError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterEnumValue(EnumValueNode node, VisitContext context) => CheckLeaf(node);

    public override VisitAction EnterIntValue(IntValueNode node, VisitContext context) => CheckLeaf(node);

    public override VisitAction EnterFloatValue(FloatValueNode node, VisitContext context) => CheckLeaf(node);

    public override VisitAction EnterStringValue(StringValueNode node, VisitContext context) => CheckLeaf(node);

    public override VisitAction EnterBooleanValue(BooleanValueNode node, VisitContext context) => CheckLeaf(node);

    // A scalar or enum decides whether it can read the literal; anything else cannot stand here.
    private VisitAction CheckLeaf(ValueNode node)
    {
        if (validation.InputType is not { } locationType)
        {
            return VisitAction.Continue;
        }

        if (locationType.GetNamedType() is not ILeafType leaf)
        {
            validation.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return VisitAction.Continue;
        }

        if (IsPlainlyValid(leaf, node))
        {
            return VisitAction.Continue;
        }

        try
        {
            _ = leaf is EnumType enumType ? enumType.ParseLiteral(node, validation.HideSuggestions) : leaf.ParseLiteral(node);
        }
        catch (GraphQLError error)
        {
            validation.ReportError(error);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            validation.ReportError(new ValidationError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}",
                validation.Rule,
                [node]));
        }

        return VisitAction.Continue;
    }

    // The common literals of built-in scalars and enums are checked without converting them; anything
    // else goes through ParseLiteral, which also words the error.
    private static bool IsPlainlyValid(ILeafType leaf, ValueNode node) => (leaf, node) switch
    {
        (EnumType enumType, EnumValueNode value) => enumType.GetValue(value.Value) is not null,
        (ScalarType scalar, StringValueNode) => ReferenceEquals(scalar, ScalarType.String) || ReferenceEquals(scalar, ScalarType.ID),
        (ScalarType scalar, BooleanValueNode) => ReferenceEquals(scalar, ScalarType.Boolean),
        (ScalarType scalar, IntValueNode value) => ReferenceEquals(scalar, ScalarType.ID)
            || (ReferenceEquals(scalar, ScalarType.Int) && int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)),
        _ => false,
    };

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        IReadOnlyList<ObjectFieldNode> fields = node.Fields;
        for (int i = 1; i < fields.Count; i++)
        {
            if (fields[i].Name.Value != fields[0].Name.Value)
            {
                validation.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                return;
            }
        }

        if (fields.Count == 0)
        {
            validation.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        // A repeated field counts once, with its last value.
        string name = fields[0].Name.Value;
        if (LastNamed(node, name)!.Value is NullValueNode)
        {
            validation.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", node);
        }
    }

    private static ObjectFieldNode? LastNamed(ObjectValueNode node, string name)
    {
        for (int i = node.Fields.Count - 1; i >= 0; i--)
        {
            if (node.Fields[i].Name.Value == name)
            {
                return node.Fields[i];
            }
        }

        return null;
    }
}
