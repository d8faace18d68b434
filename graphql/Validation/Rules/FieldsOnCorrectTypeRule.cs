using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>
/// Every selected field exists on its parent type (spec: Field Selections). The message suggests
/// types to spread on, for abstract parents, or else similar field names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(FieldsOnCorrectTypeRule), c => new FieldsOnCorrectTypeRule(c));

    public override VisitAction EnterField(FieldNode node, VisitContext context)
    {
        if (validation.ParentType is not { } type || validation.FieldDefinition is not null)
        {
            return VisitAction.Continue;
        }

        string fieldName = node.Name.Value;
        string suggestion = DidYouMean.Format(
            "to use an inline fragment on",
            validation.HideSuggestions ? [] : SuggestedTypeNames(validation.Schema, type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = DidYouMean.Format(
                validation.HideSuggestions || type is not ComplexType complex
                    ? []
                    : SuggestionList.For(fieldName, complex.Fields.Keys));
        }

        validation.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return VisitAction.Continue;
    }

    // The possible types defining the field, then their interfaces that do, most used first and super types before sub types.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var suggested = new List<ComplexType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ObjectType possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            if (usage.TryAdd(possible.Name, 1))
            {
                suggested.Add(possible);
            }

            foreach (InterfaceType @interface in possible.Interfaces)
            {
                if (@interface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryGetValue(@interface.Name, out int count))
                {
                    usage[@interface.Name] = count + 1;
                }
                else
                {
                    usage[@interface.Name] = 1;
                    suggested.Add(@interface);
                }
            }
        }

        return [.. suggested.Order(Comparer<ComplexType>.Create((a, b) =>
        {
            int byUsage = usage[b.Name] - usage[a.Name];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return NaturalCompare.Compare(a.Name, b.Name);
        })).Select(t => t.Name)];
    }
}
