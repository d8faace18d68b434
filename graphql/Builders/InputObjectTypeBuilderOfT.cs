using System.Linq.Expressions;
using System.Reflection;

namespace LiveSales.GraphQL.Builders;

/// <summary>An input object type mapped to <typeparamref name="T"/>: its fields start as the public settable properties of T.</summary>
public sealed class InputObjectTypeBuilder<T>
{
    internal InputObjectTypeBuilder(InputObjectTypeBuilder type) => Type = type;

    public InputObjectTypeBuilder Type { get; }

    public string Name => Type.Name;

    public InputObjectTypeBuilder<T> Description(string? description)
    {
        Type.Description(description);
        return this;
    }

    public InputObjectTypeBuilder<T> OneOf(bool isOneOf = true)
    {
        Type.OneOf(isOneOf);
        return this;
    }

    /// <summary>The field for a property, to change its type, default or description.</summary>
    public InputValueBuilder Field<TMember>(Expression<Func<T, TMember>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        MemberInfo info = ClrMembers.MemberOf(member);
        InputValueBuilder field = Type.Field(NameConventions.FieldName(info.Name));
        field.TypeRef ??= TypeReference.FromClr(typeof(TMember), ClrMembers.NullabilityOf(info));
        return field;
    }

    public InputValueBuilder Field(string name) => Type.Field(name);

    /// <summary>Removes a field inferred from a property.</summary>
    public InputObjectTypeBuilder<T> Ignore<TMember>(Expression<Func<T, TMember>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        string name = NameConventions.FieldName(ClrMembers.MemberOf(member).Name);
        Type.Fields.RemoveAll(f => f.Name == name);
        return this;
    }

    internal void InferFields()
    {
        foreach (PropertyInfo property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && (property.SetMethod?.IsPublic == true || HasConstructorParameter(property.Name)))
            {
                InputValueBuilder field = Type.Field(NameConventions.FieldName(property.Name));
                field.TypeRef ??= TypeReference.FromClr(property.PropertyType, ClrMembers.NullabilityOf(property));
            }
        }
    }

    private static bool HasConstructorParameter(string name) =>
        typeof(T).GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)));

    public static implicit operator TypeReference(InputObjectTypeBuilder<T> builder) => TypeReference.Of(builder?.Type!);
}
