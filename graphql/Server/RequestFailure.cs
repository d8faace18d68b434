namespace LiveSales.GraphQL.Server;

/// <summary>The stage at which a request was refused before execution.</summary>
public enum RequestFailure
{
    None,

    /// <summary>The document does not parse (or exceeds the parser's limits).</summary>
    Syntax,

    /// <summary>The document is not valid against the schema (or exceeds a query limit).</summary>
    Validation,

    /// <summary>The operation to run cannot be determined (unknown name, several without a name).</summary>
    Operation,
}
