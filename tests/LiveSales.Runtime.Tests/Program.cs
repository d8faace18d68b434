namespace LiveSales.Runtime.Tests;

/// <summary>The entry point when this assembly runs as the crash test's child process.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["crash-writer", var connectionString] => await CrashWriter.RunAsync(connectionString),
        _ => 2,
    };
}
