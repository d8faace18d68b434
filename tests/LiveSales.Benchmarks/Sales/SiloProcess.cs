using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// The silo executable (LiveSales.Silo.dll, built beside this driver) run as a child process on a
/// database: how long until <c>/healthz</c> answers 200, and its working set once it runs.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Process _process;
    private readonly long _started;

    private SiloProcess(Process process, Uri baseAddress, long started)
    {
        _process = process;
        BaseAddress = baseAddress;
        Health = new Uri(baseAddress, "/healthz");
        _started = started;
    }

    /// <summary>Where it listens: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri Health { get; }

    public static string Executable => Path.Combine(AppContext.BaseDirectory, "LiveSales.Silo.dll");

    public static SiloProcess Start(string connectionString)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Executable, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__LiveSales"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Executable);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine("  silo: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, new Uri($"http://127.0.0.1:{port}/"), started);
    }

    /// <summary>Time from process start until /healthz first answers 200.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with code {_process.ExitCode} before it was healthy");
            }

            try
            {
                using var response = await s_http.GetAsync(Health);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(_started);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"the silo was not healthy within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
    }

    /// <summary>The process's resident memory now.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>
    /// Stops it as a service manager would (SIGTERM: turns in flight finish, reminder leases are
    /// released), killing it if it has not exited within <paramref name="timeout"/>.
    /// </summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
