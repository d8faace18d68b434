using System.Security.Claims;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types;

/// <summary>What a resolver sees: the parent value, the coerced arguments, the request and where it is in the response.</summary>
public interface IResolverContext
{
    /// <summary>The parent value: the value the parent field resolved to (the root value for root fields).</summary>
    object? Source { get; }

    Schema Schema { get; }

    /// <summary>The object type the field is being resolved on.</summary>
    ObjectType ParentType { get; }

    FieldDefinition FieldDefinition { get; }

    /// <summary>The field nodes of the document merged into this field (same response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Where in the response this field is.</summary>
    Path Path { get; }

    /// <summary>The coerced argument values, defaults included; absent optional arguments have no entry.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    OperationDefinitionNode Operation { get; }

    object? RootValue { get; }

    /// <summary>The request's services (scoped to the request).</summary>
    IServiceProvider Services { get; }

    /// <summary>The authenticated user (an anonymous principal when there is none).</summary>
    ClaimsPrincipal User { get; }

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>A bag shared by all resolvers of one request (implementations make it safe for concurrent use).</summary>
    IDictionary<string, object?> Items { get; }

    /// <summary>
    /// An argument converted to <typeparamref name="T"/> (numbers widened, input objects mapped onto
    /// classes or records, lists onto arrays and lists); default(T) when it is absent or null.
    /// </summary>
    T Argument<T>(string name) =>
        Arguments.TryGetValue(name, out object? value) ? ValueConverter.Convert<T>(value) : default!;

    bool HasArgument(string name) => Arguments.ContainsKey(name);
}
