using LiveSales.GrainInterfaces.Events;
using LiveSales.Runtime;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Demo;

/// <summary>Shows the demo's life on the console: every alert as it is raised (warnings, returns, due follow-ups, assignments).</summary>
public sealed partial class DemoEventLog(ILogger<DemoEventLog> log) : IEventObserver
{
    private static readonly string s_alert = DomainEventTypes.NameOf(typeof(AlertRaised));

    public ValueTask OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var envelope in events)
        {
            if (envelope.Type == s_alert && DomainEventTypes.Read(envelope) is AlertRaised alert)
            {
                LogAlert(log, GraphQL.ApiNames.Of(alert.Kind), alert.RecipientUserId, alert.Message);
            }
        }

        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Kind} for {Recipient}: {Message}")]
    private static partial void LogAlert(ILogger logger, string kind, string recipient, string message);
}
