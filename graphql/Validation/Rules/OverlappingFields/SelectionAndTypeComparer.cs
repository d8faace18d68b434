using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>Compares (selection set, parent type) pairs by identity: one collection per selection set and type.</summary>
internal sealed class SelectionAndTypeComparer : IEqualityComparer<(SelectionSetNode SelectionSet, NamedType? Type)>
{
    public static SelectionAndTypeComparer Instance { get; } = new();

    public bool Equals((SelectionSetNode SelectionSet, NamedType? Type) x, (SelectionSetNode SelectionSet, NamedType? Type) y) =>
        ReferenceEquals(x.SelectionSet, y.SelectionSet) && ReferenceEquals(x.Type, y.Type);

    public int GetHashCode((SelectionSetNode SelectionSet, NamedType? Type) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.SelectionSet), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Type));
}
