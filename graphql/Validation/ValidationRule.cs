using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// A named validation rule: a factory for the visitor that checks one document through one
/// <see cref="ValidationContext"/> (graphql-js's rule functions). The name is what errors report.
/// </summary>
public sealed class ValidationRule
{
    private readonly Func<ValidationContext, AstVisitor> _createVisitor;

    public ValidationRule(string name, Func<ValidationContext, AstVisitor> createVisitor)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(createVisitor);
        Name = name;
        _createVisitor = createVisitor;
    }

    /// <summary>The rule's name, such as <c>ScalarLeafsRule</c>.</summary>
    public string Name { get; }

    /// <summary>A fresh visitor checking the document of <paramref name="context"/>.</summary>
    public AstVisitor CreateVisitor(ValidationContext context) => _createVisitor(context);

    public override string ToString() => Name;
}
