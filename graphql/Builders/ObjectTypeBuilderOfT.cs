using System.Linq.Expressions;
using System.Reflection;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>
/// An object type whose values are <typeparamref name="T"/>: fields can be bound to members
/// (<c>Field(c =&gt; c.Name)</c> gives <c>name: String!</c> read from the property), and resolvers
/// can take the parent typed. Values of <typeparamref name="T"/> resolve abstract types to this type.
/// </summary>
public sealed class ObjectTypeBuilder<T>
{
    internal ObjectTypeBuilder(ObjectTypeBuilder type) => Type = type;

    /// <summary>The untyped builder of the same type.</summary>
    public ObjectTypeBuilder Type { get; }

    public string Name => Type.Name;

    public ObjectTypeBuilder<T> Description(string? description)
    {
        Type.Description(description);
        return this;
    }

    public ObjectTypeBuilder<T> Implements(params TypeReference[] interfaces)
    {
        Type.Implements(interfaces);
        return this;
    }

    /// <summary>The field of that name (created if needed), with typed resolvers.</summary>
    public FieldBuilder<T> Field(string name) => new(Type.Field(name));

    public FieldBuilder<T> Field(string name, TypeReference type) => new(Type.Field(name, type));

    /// <summary>
    /// A field read from a property or field of <typeparamref name="T"/>: named in camelCase, typed
    /// from the member's .NET type and nullability (override with <c>.Type(...)</c>).
    /// </summary>
    public FieldBuilder<T> Field<TMember>(Expression<Func<T, TMember>> member, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        MemberInfo info = ClrMembers.MemberOf(member);
        Func<T, TMember> read = member.Compile();
        FieldBuilder field = Type.Field(name ?? NameConventions.FieldName(info.Name));
        field.TypeRef ??= TypeReference.FromClr(typeof(TMember), ClrMembers.NullabilityOf(info));
        field.UseResolver(context => new ValueTask<object?>(read(context.Parent<T>())));
        return new FieldBuilder<T>(field);
    }

    public static implicit operator TypeReference(ObjectTypeBuilder<T> builder) => TypeReference.Of(builder?.Type!);

    public TypeReference NonNull() => Type.NonNull();

    public TypeReference List() => Type.List();
}
