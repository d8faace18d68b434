using System.Text;
using Dapper;
using LiveSales.Grains.Security;

namespace LiveSales.Grains.Queries;

/// <summary>
/// Builds one keyset-paginated SELECT over grain_state for one grain type. Conditions compare
/// <c>data-&gt;&gt;'field'</c> exactly as the expression indexes of 0100_sales_indexes.sql are written,
/// and the grain type is inlined (a constant), so the planner can use the partial indexes.
/// </summary>
internal sealed class SqlQuery
{
    private readonly List<string> _where = [];

    public SqlQuery(string grainType)
    {
        _where.Add($"grain_type = '{grainType}'");
        _where.Add("data IS NOT NULL");
    }

    public DynamicParameters Parameters { get; } = new();

    public SqlQuery Where(string condition)
    {
        _where.Add(condition);
        return this;
    }

    public SqlQuery Where(string condition, string name, object? value)
    {
        _where.Add(condition);
        Parameters.Add(name, value);
        return this;
    }

    public SqlQuery Where(SqlFilter filter)
    {
        _where.Add(filter.Sql);
        foreach (var (name, value) in filter.Parameters)
        {
            Parameters.Add(name, value);
        }

        return this;
    }

    /// <summary>Equality on a JSON field when a value is given.</summary>
    public SqlQuery Field(string field, string? value)
    {
        if (value is not null)
        {
            var name = "f_" + field;
            Where($"data->>'{field}' = @{name}", name, value);
        }

        return this;
    }

    public SqlQuery Flag(string field, bool? value) =>
        value is { } flag ? Where($"data->>'{field}' = '{(flag ? "true" : "false")}'") : this;

    public SqlQuery IgnoringCase(string field, string? value)
    {
        if (value is not null)
        {
            var name = "i_" + field;
            Where($"lower(data->>'{field}') = lower(@{name})", name, value);
        }

        return this;
    }

    public SqlQuery Contains(string field, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            var name = "c_" + field;
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            Where($"data->>'{field}' ILIKE @{name}", name, pattern);
        }

        return this;
    }

    public string WhereClause => string.Join(" AND ", _where);

    /// <summary>SELECT key and JSON (minus the named heavy arrays, whose lengths come as counts) after the key.</summary>
    public string PageByKey(string? afterKey, int limit, string? countArray = null)
    {
        if (afterKey is not null)
        {
            Where("grain_key > @afterKey", "afterKey", afterKey);
        }

        Parameters.Add("limit", limit);
        var json = countArray is null ? "data::text" : $"(data - '{countArray}')::text";
        var count = countArray is null ? "0" : $"coalesce(jsonb_array_length(data->'{countArray}'), 0)";
        return new StringBuilder("SELECT grain_key AS Key, ").Append(json).Append(" AS Json, ").Append(count).Append(" AS Count FROM grain_state WHERE ")
            .Append(WhereClause).Append(" ORDER BY grain_key LIMIT @limit").ToString();
    }

    public string Count() => "SELECT count(*) FROM grain_state WHERE " + WhereClause;
}
