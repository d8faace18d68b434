namespace LiveSales.GraphQL.Language;

/// <summary>A node that can carry directives (what the directive validation rules look at).</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
