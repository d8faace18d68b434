using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>A field's named type, its arguments by name, and the outcome of comparisons already made with other fields.</summary>
internal sealed class FieldInfo
{
    public FieldInfo(NamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
    {
        NamedType = namedType;
        Arguments = arguments;
        if (arguments.Count > 0)
        {
            ArgumentValues = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (ArgumentNode argument in arguments)
            {
                ArgumentValues[argument.Name.Value] = argument.Value;
            }
        }
    }

    private Dictionary<FieldInfo, string?>? _comparisons;

    public NamedType? NamedType { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    /// <summary>The value of each argument name (the last when one repeats); null when there are no arguments.</summary>
    public Dictionary<string, ValueNode>? ArgumentValues { get; }

    /// <summary>The reason two fields cannot merge on name or arguments, or null when they can, per other field.</summary>
    public Dictionary<FieldInfo, string?> Comparisons => _comparisons ??= new(ReferenceEqualityComparer.Instance);

    public string? TypeString { get; set; }
}
