using System.Diagnostics;

namespace LiveSales.Testing;

/// <summary>Finds (or starts, once per machine) the PostgreSQL server tests create databases on.</summary>
public static class TestServer
{
    private const string Variable = "LIVESALES_TEST_DB";
    private const int FirstPrivatePort = 55433;
    private static readonly Lazy<string> s_connectionString = new(Resolve);

    public static string ConnectionString => s_connectionString.Value;

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LiveSales.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("LiveSales.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// A port of this checkout's own: two clones on one machine each keep their private server
    /// running without taking the other's port.
    /// </summary>
    private static int PrivatePort(string root)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root));
        return FirstPrivatePort + (System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(hash) % 500);
    }

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var root = RepositoryRoot;
        var start = new ProcessStartInfo(Path.Combine(root, "scripts", "pg.sh"))
        {
            ArgumentList = { "start", Path.Combine(root, ".data", "test-pg"), PrivatePort(root).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Several test assemblies may start at once: one of them starts the server, the rest wait for it.
        using var gate = new Mutex(false, "Global\\LiveSalesTestPostgres");
        gate.WaitOne();
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run scripts/pg.sh");
            var output = process.StandardOutput.ReadToEnd().Trim();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"scripts/pg.sh failed ({process.ExitCode}): {error}");
            }

            return output;
        }
        finally
        {
            gate.ReleaseMutex();
        }
    }
}
