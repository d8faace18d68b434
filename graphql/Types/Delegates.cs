namespace LiveSales.GraphQL.Types;

/// <summary>Produces the value of a field. Synchronous resolvers return a completed ValueTask (no allocation).</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Produces the source event stream of a subscription field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolverContext context);

/// <summary>Names the object type of a value of an interface or union type, or returns null to leave it to the default.</summary>
public delegate string? TypeResolver(object value, IResolverContext context);

/// <summary>Tells whether a value belongs to an object type (used when abstract types have no resolver).</summary>
public delegate bool IsTypeOf(object value, IResolverContext context);
