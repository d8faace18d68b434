using System.Net.Sockets;
using Npgsql;

namespace LiveSales.Runtime.Storage;

/// <summary>Tells "the database is unreachable or refusing work" apart from an error in one statement.</summary>
internal static class StorageErrors
{
    public static bool IsUnavailable(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException or TimeoutException or SocketException or IOException or ObjectDisposedException => true,
        _ => false,
    };

    public static StorageUnavailableException Unavailable(string what, Exception e) =>
        new($"Storage is unavailable ({what}): {e.GetBaseException().Message}", e);
}
