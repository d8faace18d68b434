using System.Collections;
using System.Reflection;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;
using LiveSales.GraphQL.Validation.Sdl;

namespace LiveSales.GraphQL.Builders;

/// <summary>
/// Turns a <see cref="SchemaBuilder"/> into a <see cref="Schema"/>: checks every type reference
/// first (so that errors are reported together, with SDL locations), then creates the type objects
/// (fields lazily, so types can refer to each other) and lets the schema validate itself.
/// </summary>
internal sealed class SchemaAssembler
{
    private readonly SchemaBuilder _builder;
    private readonly List<GraphQLError> _errors;
    private readonly Dictionary<string, NamedType> _created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedTypeBuilder> _builders = new(StringComparer.Ordinal);

    public SchemaAssembler(SchemaBuilder builder)
    {
        _builder = builder;
        _errors = [.. builder.SdlErrors];
    }

    public Schema Assemble()
    {
        foreach (ScalarType scalar in ScalarType.Specified)
        {
            _created[scalar.Name] = scalar;
        }

        InferClrEnums();
        foreach (NamedTypeBuilder type in _builder.Types)
        {
            _builders[type.Name] = type;
        }

        List<DirectiveDefinition> directives = CheckDirectives();
        CheckReferencesAndRoots();
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }

        var types = new List<NamedType>();
        foreach (NamedTypeBuilder type in _builder.Types)
        {
            types.Add(_created.TryGetValue(type.Name, out NamedType? existing) && type is PrebuiltTypeBuilder ? existing : Create(type));
        }

        // Without a schema definition, types named Query, Mutation and Subscription are the roots.
        bool defaults = _builder.SchemaAstNode is null;
        ObjectType? query = RootObject(_builder.QueryTypeName ?? (defaults ? "Query" : null));
        ObjectType? mutation = RootObject(_builder.MutationTypeName ?? (defaults ? "Mutation" : null));
        ObjectType? subscription = RootObject(_builder.SubscriptionTypeName ?? (defaults ? "Subscription" : null));
        return new Schema(new SchemaOptions
        {
            Description = _builder.DescriptionText,
            Query = query,
            Mutation = mutation,
            Subscription = subscription,
            Types = types,
            Directives = [.. directives.Select(BuildDirective), .. _builder.PrebuiltDirectives, .. DirectiveDefinition.Specified.Where(s => !directives.Exists(d => d.Name == s.Name) && !_builder.PrebuiltDirectives.Any(d => d.Name == s.Name))],
            AstNode = _builder.SchemaAstNode,
            ExtensionAstNodes = _builder.SchemaExtensionNodes,
        });
    }

    private ObjectType? RootObject(string? name) => name is not null && _created.TryGetValue(name, out NamedType? type) ? type as ObjectType : null;

    private void Error(string message, params AstNode?[] nodes) => _errors.Add(new GraphQLError(message, nodes));

    private void InferClrEnums()
    {
        // Enums met only as member types are added on first use, named after the .NET enum.
        var pending = new List<Type>();
        foreach (NamedTypeBuilder type in _builder.Types.ToList())
        {
            foreach (TypeReference reference in References(type))
            {
                if (Innermost(reference).ClrType is { } clr && Unwrap(clr) is { IsEnum: true } enumType && !_builder.OutputClrTypes.ContainsKey(enumType))
                {
                    pending.Add(enumType);
                }
            }
        }

        foreach (Type enumType in pending.Distinct())
        {
            _builder.EnumFor(enumType, null);
        }
    }

    private static IEnumerable<TypeReference> References(NamedTypeBuilder type) => type switch
    {
        ComplexTypeBuilder complex => complex.Fields.SelectMany(f => f.Arguments.Select(a => a.TypeRef).Prepend(f.TypeRef)).OfType<TypeReference>(),
        InputObjectTypeBuilder input => input.Fields.Select(f => f.TypeRef).OfType<TypeReference>(),
        _ => [],
    };

    private static TypeReference Innermost(TypeReference reference) =>
        reference.NonNullOf is not null ? Innermost(reference.NonNullOf)
        : reference.ListItem is not null ? Innermost(reference.ListItem)
        : reference;

    private static Type Unwrap(Type type)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        return ElementType(plain) is { } element ? Unwrap(element) : plain;
    }

    private List<DirectiveDefinition> CheckDirectives()
    {
        var defined = new List<DirectiveDefinition>();
        foreach (DirectiveBuilder directive in _builder.DirectiveBuilders)
        {
            foreach (InputValueBuilder argument in directive.Arguments)
            {
                CheckInputReference(argument, $"@{directive.Name}({argument.Name}:)");
            }

            defined.Add(new DirectiveDefinition(directive.Name, directive.LocationList) { AstNode = directive.AstNode, IsRepeatable = directive.IsRepeatable });
        }

        var known = defined.Concat(_builder.PrebuiltDirectives).Concat(DirectiveDefinition.Specified)
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seenPerOwner = new Dictionary<(AstNode, string), DirectiveNode>();
        Dictionary<string, DirectiveArguments> arguments = DirectiveArgumentsByName();
        foreach ((DirectiveNode node, DirectiveLocation location, AstNode owner) in _builder.AppliedDirectives)
        {
            string name = node.Name.Value;
            if (!known.TryGetValue(name, out DirectiveDefinition? definition))
            {
                Error($"Unknown directive \"@{name}\".", node);
                _errors.AddRange(SdlDirectiveChecks.CheckApplied(node, arguments: null));
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                Error($"Directive \"@{name}\" may not be used on {location.ToName()}.", node);
            }

            if (!definition.IsRepeatable && !seenPerOwner.TryAdd((owner, name), node))
            {
                Error($"The directive \"@{name}\" can only be used once at this location.", seenPerOwner[(owner, name)], node);
            }

            _errors.AddRange(SdlDirectiveChecks.CheckApplied(node, arguments[name]));
        }

        return defined;
    }

    // Directives defined here come first, as SDL definitions replace the built-in ones.
    private Dictionary<string, DirectiveArguments> DirectiveArgumentsByName()
    {
        var arguments = new Dictionary<string, DirectiveArguments>(StringComparer.Ordinal);
        foreach (DirectiveBuilder directive in _builder.DirectiveBuilders)
        {
            arguments.TryAdd(directive.Name, directive.AstNode is { } node
                ? DirectiveArguments.Of(node)
                : new DirectiveArguments(
                    [.. directive.Arguments.Select(a => a.Name)],
                    [.. directive.Arguments
                        .Where(a => a.TypeRef?.NonNullOf is not null && !a.DefaultValue.HasValue && a.DefaultLiteral is null)
                        .Select(a => (a.Name, a.TypeRef!.ToString()))]));
        }

        foreach (DirectiveDefinition directive in _builder.PrebuiltDirectives.Concat(DirectiveDefinition.Specified))
        {
            arguments.TryAdd(directive.Name, DirectiveArguments.Of(directive));
        }

        return arguments;
    }

    private void CheckReferencesAndRoots()
    {
        CheckRoot("Query", _builder.QueryTypeName, _builder.QueryTypeNode);
        CheckRoot("Mutation", _builder.MutationTypeName, _builder.MutationTypeNode);
        CheckRoot("Subscription", _builder.SubscriptionTypeName, _builder.SubscriptionTypeNode);
        foreach (NamedTypeBuilder type in _builder.Types)
        {
            switch (type)
            {
                case ComplexTypeBuilder complex:
                    foreach (TypeReference reference in complex.Interfaces)
                    {
                        if (CheckNamed(reference, type.Name) is { } target and not InterfaceTypeBuilder and not PrebuiltTypeBuilder { Type: InterfaceType })
                        {
                            Error($"Type {type.Name} must only implement Interface types, it cannot implement {target.Name}.", reference.Node);
                        }
                    }

                    foreach (FieldBuilder field in complex.Fields)
                    {
                        string origin = $"{type.Name}.{field.Name}";
                        if (field.TypeRef is null)
                        {
                            Error($"Field {origin} has no type; give it one with .Type(\"...\").");
                        }
                        else
                        {
                            CheckReference(field.TypeRef, origin, input: false);
                        }

                        foreach (InputValueBuilder argument in field.Arguments)
                        {
                            CheckInputReference(argument, $"{origin}({argument.Name}:)");
                        }
                    }

                    break;
                case UnionTypeBuilder union:
                    foreach (TypeReference member in union.Members)
                    {
                        if (CheckNamed(member, union.Name) is { } target and not ObjectTypeBuilder and not PrebuiltTypeBuilder { Type: ObjectType })
                        {
                            Error($"Union type {union.Name} can only include Object types, it cannot include {target.Name}.", member.Node);
                        }
                    }

                    break;
                case InputObjectTypeBuilder input:
                    foreach (InputValueBuilder field in input.Fields)
                    {
                        CheckInputReference(field, $"{input.Name}.{field.Name}");
                    }

                    break;
            }
        }
    }

    private void CheckRoot(string operation, string? name, NamedTypeNode? node)
    {
        if (name is null)
        {
            return;
        }

        NamedTypeBuilder? target = Lookup(name);
        if (target is null)
        {
            ReportUnknownType(name, node, $"the {operation.ToLowerInvariant()} root");
        }
        else if (target is not ObjectTypeBuilder and not PrebuiltTypeBuilder { Type: ObjectType })
        {
            Error(
                operation == "Query"
                    ? $"Query root type must be Object type, it cannot be {name}."
                    : $"{operation} root type must be Object type if provided, it cannot be {name}.",
                node);
        }
    }

    private void CheckInputReference(InputValueBuilder value, string origin)
    {
        if (value.TypeRef is null)
        {
            Error($"Input value {origin} has no type; give it one with .Type(\"...\").");
            return;
        }

        CheckReference(value.TypeRef, origin, input: true);
    }

    private void CheckReference(TypeReference reference, string origin, bool input)
    {
        if (reference.NonNullOf is not null)
        {
            CheckReference(reference.NonNullOf, origin, input);
        }
        else if (reference.ListItem is not null)
        {
            CheckReference(reference.ListItem, origin, input);
        }
        else if (reference.ClrType is not null)
        {
            if (ClrReference(reference, input) is null)
            {
                Error($"Cannot infer a GraphQL type for {origin} from the .NET type {reference.ClrType.Name}; register it (Object<T>, InputObject<T>, Enum<T>, Scalar) or give the type with .Type(\"...\").");
            }
        }
        else
        {
            CheckNamed(reference, origin);
        }
    }

    private NamedTypeBuilder? CheckNamed(TypeReference reference, string origin)
    {
        if (reference.Type is not null)
        {
            return reference.Type is NamedType named ? new PrebuiltTypeBuilder(named) : null;
        }

        string name = reference.Builder?.Name ?? reference.Name!;
        NamedTypeBuilder? target = Lookup(name);
        if (target is null)
        {
            ReportUnknownType(name, reference.Node, origin);
        }

        return target;
    }

    private NamedTypeBuilder? Lookup(string name) =>
        _builders.GetValueOrDefault(name) ?? (_created.TryGetValue(name, out NamedType? builtIn) ? new PrebuiltTypeBuilder(builtIn) : null);

    private void ReportUnknownType(string name, AstNode? node, string origin)
    {
        IEnumerable<string> candidates = _builders.Keys.Concat(ScalarType.Specified.Select(s => s.Name)).Distinct();
        string suggestions = DidYouMean.Format(SuggestionList.For(name, candidates));
        Error(node is null ? $"Unknown type \"{name}\" in {origin}." + suggestions : $"Unknown type \"{name}\"." + suggestions, node);
    }

    private TypeReference? ClrReference(TypeReference reference, bool input)
    {
        Type clrType = reference.ClrType!;
        NullabilityInfo? nullability = reference.Nullability;
        bool nullable;
        if (Nullable.GetUnderlyingType(clrType) is { } underlying)
        {
            clrType = underlying;
            nullable = true;
        }
        else
        {
            nullable = !clrType.IsValueType && nullability?.ReadState != NullabilityState.NotNull;
        }

        TypeReference? named;
        if (clrType != typeof(string) && ElementType(clrType) is { } elementType)
        {
            NullabilityInfo? elementNullability = nullability?.ElementType ?? (nullability?.GenericTypeArguments is [var single] ? single : null);
            named = ClrReference(TypeReference.FromClr(elementType, elementNullability), input) is { } item ? TypeReference.ListOf(item) : null;
        }
        else
        {
            Dictionary<Type, string> registered = input ? _builder.InputClrTypes : _builder.OutputClrTypes;
            string? name = registered.GetValueOrDefault(clrType) ?? BuiltInScalarName(clrType);
            named = name is null ? null : TypeReference.Named(name);
        }

        return named is null ? null : nullable ? named : named.NonNull();
    }

    private static string? BuiltInScalarName(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.String or TypeCode.Char => "String",
        TypeCode.Boolean => "Boolean",
        TypeCode.Int32 or TypeCode.Int16 or TypeCode.Byte or TypeCode.SByte or TypeCode.UInt16 => "Int",
        TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "Float",
        _ when type == typeof(Guid) => "ID",
        _ => null,
    };

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        Type? enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private GraphQLType Resolve(TypeReference reference, bool input)
    {
        if (reference.NonNullOf is not null)
        {
            return new NonNullType(Resolve(reference.NonNullOf, input));
        }

        if (reference.ListItem is not null)
        {
            return new ListType(Resolve(reference.ListItem, input));
        }

        if (reference.ClrType is not null)
        {
            return Resolve(ClrReference(reference, input)!, input);
        }

        return reference.Type ?? _created[reference.Builder?.Name ?? reference.Name!];
    }

    private NamedType Create(NamedTypeBuilder builder)
    {
        NamedType type = builder switch
        {
            PrebuiltTypeBuilder prebuilt => prebuilt.Type,
            ScalarTypeBuilder scalar => scalar.Implementation ?? new ScalarType(scalar.Name)
            {
                Description = scalar.DescriptionText,
                SpecifiedByUrl = scalar.SpecifiedByUrlText,
                AstNode = scalar.AstNode,
                ExtensionAstNodes = scalar.ExtensionNodes,
            },
            ObjectTypeBuilder obj => new ObjectType(obj.Name, () => BuildFields(obj), () => Interfaces(obj))
            {
                Description = obj.DescriptionText,
                IsTypeOf = obj.IsTypeOfFunc,
                ClrType = obj.ClrType,
                AstNode = obj.AstNode,
                ExtensionAstNodes = obj.ExtensionNodes,
                Extensions = obj.ExtensionData,
            },
            InterfaceTypeBuilder iface => new InterfaceType(iface.Name, () => BuildFields(iface), () => Interfaces(iface))
            {
                Description = iface.DescriptionText,
                ResolveType = iface.TypeResolver,
                AstNode = iface.AstNode,
                ExtensionAstNodes = iface.ExtensionNodes,
                Extensions = iface.ExtensionData,
            },
            UnionTypeBuilder union => new UnionType(union.Name, () => union.Members.Select(m => (ObjectType)Resolve(m, input: false)))
            {
                Description = union.DescriptionText,
                ResolveType = union.TypeResolver,
                AstNode = union.AstNode,
                ExtensionAstNodes = union.ExtensionNodes,
                Extensions = union.ExtensionData,
            },
            EnumTypeBuilder enumType => new EnumType(enumType.Name, enumType.Values.Select(v => new EnumValueDefinition(v.Name, v.InternalValue)
            {
                Description = v.DescriptionText,
                DeprecationReason = v.DeprecationReason,
                AstNode = v.AstNode,
            }))
            {
                Description = enumType.DescriptionText,
                ClrType = enumType.ClrType,
                AstNode = enumType.AstNode,
                ExtensionAstNodes = enumType.ExtensionNodes,
                Extensions = enumType.ExtensionData,
            },
            InputObjectTypeBuilder input => new InputObjectType(input.Name, () => input.Fields.Select(f => BuildInputValue(f, $"{input.Name}.{f.Name}")))
            {
                Description = input.DescriptionText,
                IsOneOf = input.IsOneOf,
                ClrType = input.ClrType,
                AstNode = input.AstNode,
                ExtensionAstNodes = input.ExtensionNodes,
                Extensions = input.ExtensionData,
            },
            _ => throw new InvalidOperationException($"Unexpected type builder {builder.GetType().Name}."),
        };
        _created[type.Name] = type;
        return type;
    }

    private IEnumerable<InterfaceType> Interfaces(ComplexTypeBuilder type) =>
        type.Interfaces.Select(i => (InterfaceType)Resolve(i, input: false));

    private IEnumerable<FieldDefinition> BuildFields(ComplexTypeBuilder type) => type.Fields.Select(field =>
        new FieldDefinition(field.Name, Resolve(field.TypeRef!, input: false), field.Arguments.Select(a => BuildInputValue(a, $"{type.Name}.{field.Name}({a.Name}:)")))
        {
            Description = field.DescriptionText,
            DeprecationReason = field.DeprecationReason,
            Resolver = field.Resolver,
            Subscriber = field.Subscriber,
            AstNode = field.AstNode,
            Extensions = field.ExtensionData,
        });

    private InputValueDefinition BuildInputValue(InputValueBuilder value, string origin)
    {
        GraphQLType type = Resolve(value.TypeRef!, input: true);
        Optional<object?> defaultValue = value.DefaultValue;
        if (value.DefaultLiteral is { } literal)
        {
            if (ValueFromAst.TryConvert(literal, type, null, out object? coerced))
            {
                defaultValue = new Optional<object?>(coerced);
            }
            else if (value.AstNode is null)
            {
                throw new SchemaValidationException([new GraphQLError($"Default value {Printer.Print(literal)} of {origin} is not a valid {type}.")]);
            }
        }

        return defaultValue.HasValue
            ? new InputValueDefinition(value.Name, type)
            {
                Description = value.DescriptionText,
                DefaultValue = defaultValue.Value,
                DeprecationReason = value.DeprecationReason,
                AstNode = value.AstNode,
            }
            : new InputValueDefinition(value.Name, type)
            {
                Description = value.DescriptionText,
                DeprecationReason = value.DeprecationReason,
                AstNode = value.AstNode,
            };
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinition shell)
    {
        DirectiveBuilder builder = _builder.DirectiveBuilders.First(d => d.Name == shell.Name);
        return new DirectiveDefinition(builder.Name, builder.LocationList, builder.Arguments.Select(a => BuildInputValue(a, $"@{builder.Name}({a.Name}:)")))
        {
            Description = builder.DescriptionText,
            IsRepeatable = builder.IsRepeatable,
            DeprecationReason = builder.DeprecationReason,
            AstNode = builder.AstNode,
        };
    }
}
