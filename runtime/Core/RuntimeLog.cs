using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Core;

internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Activation of {Grain} failed")]
    public static partial void ActivationFailed(this ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "OnDeactivateAsync of {Grain} failed")]
    public static partial void DeactivationFailed(this ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Deactivated {Grain} ({Reason})")]
    public static partial void Deactivated(this ILogger logger, GrainId grain, DeactivationReason reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Timer callback of {Grain} failed")]
    public static partial void TimerFailed(this ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Dropping {Grain}: state '{StateName}' is at version {Stored} in storage, this copy has {Local}")]
    public static partial void StaleActivation(this ILogger logger, GrainId grain, string stateName, long local, long stored);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Reminder {Reminder} of {Grain} failed; it is retried")]
    public static partial void ReminderFailed(this ILogger logger, Exception exception, GrainId grain, string reminder);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Reminder poll failed; retrying at the next poll")]
    public static partial void ReminderPollFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Event feed read failed; retrying")]
    public static partial void FeedReadFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Event observer {Observer} failed")]
    public static partial void ObserverFailed(this ILogger logger, Exception exception, string observer);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Applied migration {Migration}")]
    public static partial void MigrationApplied(this ILogger logger, string migration);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Migrations could not run yet; retrying")]
    public static partial void MigrationsFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Silo {Silo} started")]
    public static partial void SiloStarted(this ILogger logger, string silo);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Silo {Silo} stopped: {Activations} activations deactivated, reminder leases released")]
    public static partial void SiloStopped(this ILogger logger, string silo, int activations);
}
