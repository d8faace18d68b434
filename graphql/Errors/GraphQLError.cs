using System.Text;
using System.Text.Json.Serialization;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Errors;

/// <summary>
/// An error of any phase (syntax, validation, coercion, execution), in the spec's response format:
/// a message, optional source locations, an optional response path and optional extensions.
/// Serializes with System.Text.Json to exactly those four members.
/// </summary>
[JsonConverter(typeof(GraphQLErrorJsonConverter))]
public class GraphQLError : Exception
{
    private static readonly IReadOnlyDictionary<string, object?> s_noExtensions = new Dictionary<string, object?>();

    public GraphQLError(string message)
        : this(message, nodes: null, path: null, originalError: null, extensions: null)
    {
    }

    /// <summary>An error blamed on syntax nodes; null nodes and nodes without a location are ignored.</summary>
    public GraphQLError(string message, params AstNode?[] nodes)
        : this(message, (IEnumerable<AstNode?>)nodes, path: null, originalError: null, extensions: null)
    {
    }

    public GraphQLError(
        string message,
        IEnumerable<AstNode?>? nodes,
        IEnumerable<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        List<AstNode>? list = null;
        if (nodes is not null)
        {
            foreach (AstNode? node in nodes)
            {
                if (node is not null)
                {
                    (list ??= []).Add(node);
                }
            }
        }

        Nodes = list;
        Path = path is null ? null : [.. path];
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions ?? s_noExtensions;
        if (list is not null)
        {
            List<SourceLocation>? locations = null;
            foreach (AstNode node in list)
            {
                if (node.Location is { } location)
                {
                    DocumentSource ??= location.Source;
                    (locations ??= []).Add(location.StartLocation);
                    (_positions ??= []).Add(location.Start);
                }
            }

            Locations = locations;
        }
    }

    /// <summary>An error at offsets of a source (what the lexer and parser raise).</summary>
    public GraphQLError(string message, Source source, IReadOnlyList<int> positions, Exception? originalError = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        DocumentSource = source;
        _positions = [.. positions];
        Locations = positions.Select(source.GetLocation).ToArray();
        Extensions = extensions ?? s_noExtensions;
    }

    private readonly List<int>? _positions;

    /// <summary>The syntax nodes the error is about, when known.</summary>
    public IReadOnlyList<AstNode>? Nodes { get; }

    /// <summary>The GraphQL source the locations refer to.</summary>
    public Source? DocumentSource { get; }

    /// <summary>Offsets in <see cref="DocumentSource"/> of the locations.</summary>
    public IReadOnlyList<int>? Positions => _positions;

    /// <summary>Line/column of each blamed node or position; null when there is none.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (field names and list indices) of the field that failed, for execution errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra error data, such as <c>code</c>; written only when not empty.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The exception a resolver or coercion threw, if this error wraps one.</summary>
    public Exception? OriginalError => InnerException;

    /// <summary>A copy of this error carrying a response path.</summary>
    public GraphQLError WithPath(IEnumerable<object>? path) => new(Message, Nodes, path, InnerException, Extensions);

    /// <summary>A copy of this error with another message (coercion prefixes where the bad value was).</summary>
    public GraphQLError WithMessage(string message) =>
        Nodes is null && DocumentSource is not null && _positions is not null
            ? new GraphQLError(message, DocumentSource, _positions, InnerException)
            : new GraphQLError(message, Nodes, Path, InnerException, Extensions);

    /// <summary>A copy of this error with other extensions (its message, locations and path kept).</summary>
    public GraphQLError WithExtensions(IReadOnlyDictionary<string, object?> extensions) =>
        Nodes is null && DocumentSource is not null && _positions is not null
            ? new GraphQLError(Message, DocumentSource, _positions, InnerException, extensions)
            : new GraphQLError(Message, Nodes, Path, InnerException, extensions);

    /// <summary>
    /// The error to report for an exception raised while working on <paramref name="nodes"/> at
    /// <paramref name="path"/>: a GraphQLError that already has a path is kept as it is, anything
    /// else is wrapped with the nodes and path (graphql-js's <c>locatedError</c>).
    /// </summary>
    public static GraphQLError Locate(Exception error, IEnumerable<AstNode?>? nodes, IEnumerable<object>? path)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is GraphQLError { Path: not null } located)
        {
            return located;
        }

        if (error is GraphQLError graphQLError)
        {
            return new GraphQLError(graphQLError.Message, graphQLError.Nodes ?? nodes, path, graphQLError.InnerException ?? graphQLError, graphQLError.Extensions);
        }

        return new GraphQLError(error.Message, nodes, path, error);
    }

    /// <summary>The message followed by the source excerpt of each location, as graphql-js's printError.</summary>
    public override string ToString()
    {
        var output = new StringBuilder(Message);
        if (DocumentSource is not null && Locations is not null)
        {
            foreach (SourceLocation location in Locations)
            {
                output.Append("\n\n").Append(SourceExcerpt.Print(DocumentSource, location));
            }
        }

        return output.ToString();
    }
}
