namespace LiveSales.Runtime.Hosting;

/// <summary>Tuning of a silo's runtime. The silo binds some of these from configuration.</summary>
public sealed class LiveSalesRuntimeOptions
{
    /// <summary>An activation with no request for this long is deactivated (checked every quarter of it).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often due reminders are claimed (<c>LiveSales:Reminders:PollInterval</c>).</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed tick belongs to this silo; after that another silo may deliver it.</summary>
    public TimeSpan ReminderLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a tick whose handler failed waits before it is delivered again.</summary>
    public TimeSpan ReminderRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most reminders claimed (and delivered concurrently) by one poll.</summary>
    public int ReminderBatchSize { get; set; } = 2000;

    /// <summary>Most state writes stored in one transaction.</summary>
    public int WriteBatchSize { get; set; } = 256;

    /// <summary>Group-commit transactions in flight at once.</summary>
    public int WriteConcurrency { get; set; } = 4;

    /// <summary>Most events read from the log at a time.</summary>
    public int EventBatchSize { get; set; } = 1000;

    /// <summary>Fallback poll of the event log when no notification arrives (real time: it is I/O, not domain time).</summary>
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Folder of numbered SQL migrations applied at start-up; null or missing: none.</summary>
    public string? MigrationsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "Migrations");

    /// <summary>This silo's name in reminder leases and logs (unique per process by default).</summary>
    public string SiloName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
