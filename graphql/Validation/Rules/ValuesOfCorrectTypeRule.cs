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

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (ObjectFieldNode field in node.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (InputValueDefinition field in type.Fields.Values)
        {
            if (!given.ContainsKey(field.Name) && field.IsRequired)
            {
                validation.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type, given);
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

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> given)
    {
        if (given.Count != 1)
        {
            validation.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        (string name, ObjectFieldNode field) = given.First();
        if (field.Value is NullValueNode)
        {
            validation.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", node);
        }
    }
}
