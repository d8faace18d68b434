using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

using Path = LiveSales.GraphQL.Types.Path;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// The field errors of one execution, in the order they were handled. An error under a position
/// that was already nulled by another error is dropped (its value is gone from the response).
/// Safe for concurrent fields.
/// </summary>
internal sealed class ErrorCollector
{
    private readonly Lock _lock = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly HashSet<Path> _positions = new(ReferenceEqualityComparer.Instance);
    private bool _rootNulled;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _errors.Count;
            }
        }
    }

    public void Add(GraphQLError error, Path? path)
    {
        lock (_lock)
        {
            if (_rootNulled)
            {
                return;
            }

            for (Path? p = path; p is not null; p = p.Previous)
            {
                if (_positions.Contains(p))
                {
                    return;
                }
            }

            if (path is null)
            {
                _rootNulled = true;
            }
            else
            {
                _positions.Add(path);
            }

            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> ToList()
    {
        lock (_lock)
        {
            return _errors.Count == 0 ? [] : [.. _errors];
        }
    }
}
