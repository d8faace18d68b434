using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// A validated, immutable schema: root types, every named type reachable from them (introspection
/// types included), directives, and the subtype relations validation and execution ask about.
/// Constructing one validates it and throws <see cref="SchemaValidationException"/> listing all problems.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeList = [];
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private readonly Lock _subTypesLock = new();
    private readonly List<GraphQLError> _constructionErrors = [];

    public Schema(SchemaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Description = options.Description;
        QueryType = options.Query!;
        MutationType = options.Mutation;
        SubscriptionType = options.Subscription;
        Directives = [.. options.Directives ?? DirectiveDefinition.Specified];
        AstNode = options.AstNode;
        ExtensionAstNodes = options.ExtensionAstNodes;
        CollectTypes(options.Types);
        Types = new TypeMapView(_typeMap, _typeList);
        if (!options.AssumeValid)
        {
            IReadOnlyList<GraphQLError> errors = [.. _constructionErrors, .. SchemaValidator.Validate(this)];
            if (errors.Count > 0)
            {
                throw new SchemaValidationException(errors);
            }
        }
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Every named type by name, in graphql-js's order (introspection types last).</summary>
    public IReadOnlyDictionary<string, NamedType> Types { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public NamedType? GetType(string name) => _typeMap.TryGetValue(name, out NamedType? type) ? type : null;

    public DirectiveDefinition? GetDirective(string name)
    {
        foreach (DirectiveDefinition directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an interface or union can have.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType @interface => GetImplementations(@interface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types that implement an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType.Name, out var found) ? (found.Objects, found.Interfaces) : ([], []);
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of a union or implements an interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        HashSet<string>? names;
        lock (_subTypesLock)
        {
            if (!_subTypes.TryGetValue(abstractType.Name, out names))
            {
                names = abstractType switch
                {
                    UnionType union => [.. union.Types.Select(t => t.Name)],
                    InterfaceType @interface => [.. GetImplementations(@interface).Objects.Select(t => t.Name), .. GetImplementations(@interface).Interfaces.Select(t => t.Name)],
                    _ => [],
                };
                _subTypes[abstractType.Name] = names;
            }
        }

        return names.Contains(maybeSubType.Name);
    }

    /// <summary>
    /// The definition of a field selected on a composite type, meta-fields included: <c>__typename</c>
    /// everywhere, <c>__schema</c> and <c>__type</c> on the query root. Null when there is none.
    /// </summary>
    public FieldDefinition? GetField(NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            if (fieldName == "__typename" && parentType.IsCompositeType())
            {
                return Introspection.TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == "__schema")
                {
                    return Introspection.SchemaMetaField;
                }

                if (fieldName == "__type")
                {
                    return Introspection.TypeMetaField;
                }
            }
        }

        return (parentType as ComplexType)?.GetField(fieldName);
    }

    /// <summary>The schema as SDL, exactly as graphql-js's <c>printSchema</c> prints it.</summary>
    public string ToSdl() => SchemaPrinter.Print(this);

    public override string ToString() => ToSdl();

    private void CollectTypes(IEnumerable<NamedType> types)
    {
        // Given types keep their order; each is followed by the types first reached from it.
        var ordered = new InsertionOrderedSet();
        List<NamedType> given = [.. types];
        foreach (NamedType type in given)
        {
            ordered.Add(type);
        }

        foreach (NamedType type in given)
        {
            ordered.Remove(type);
            Collect(type, ordered);
        }

        if (QueryType is not null)
        {
            Collect(QueryType, ordered);
        }

        if (MutationType is not null)
        {
            Collect(MutationType, ordered);
        }

        if (SubscriptionType is not null)
        {
            Collect(SubscriptionType, ordered);
        }

        foreach (DirectiveDefinition directive in Directives)
        {
            foreach (InputValueDefinition argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), ordered);
            }
        }

        Collect(Introspection.SchemaType, ordered);
        var reportedDuplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (NamedType type in ordered)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                if (reportedDuplicates.Add(type.Name))
                {
                    _constructionErrors.Add(new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
                }

                continue;
            }

            _typeList.Add(type);
            if (type is ComplexType complex)
            {
                foreach (InterfaceType @interface in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(@interface.Name, out var implementations))
                    {
                        implementations = ([], []);
                        _implementations[@interface.Name] = implementations;
                    }

                    if (type is InterfaceType implementingInterface)
                    {
                        implementations.Interfaces.Add(implementingInterface);
                    }
                    else
                    {
                        implementations.Objects.Add((ObjectType)type);
                    }
                }
            }
        }
    }

    private static void Collect(NamedType? type, InsertionOrderedSet set)
    {
        if (type is null || !set.Add(type))
        {
            return;
        }

        switch (type)
        {
            case UnionType union:
                foreach (ObjectType member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case ComplexType complex:
                foreach (InterfaceType @interface in complex.Interfaces)
                {
                    Collect(@interface, set);
                }

                foreach (FieldDefinition field in complex.Fields.Values)
                {
                    Collect(field.Type.GetNamedType(), set);
                    foreach (InputValueDefinition argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType(), set);
                    }
                }

                break;
            case InputObjectType inputObject:
                foreach (InputValueDefinition field in inputObject.Fields.Values)
                {
                    Collect(field.Type.GetNamedType(), set);
                }

                break;
        }
    }
}
