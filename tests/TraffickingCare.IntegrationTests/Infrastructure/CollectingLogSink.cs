using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>Keeps every log event the app writes, rendered with its properties, so a test can check what reached the logs.</summary>
public sealed class CollectingLogSink(LogEventLevel minimumLevel = LogEventLevel.Verbose) : ILogEventSink
{
    private readonly ConcurrentQueue<string> _events = new();

    public string All => string.Join(Environment.NewLine, _events);

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < minimumLevel)
        {
            return;
        }

        using var writer = new StringWriter();
        logEvent.RenderMessage(writer);
        foreach (var (name, value) in logEvent.Properties)
        {
            writer.Write($" {name}={value}");
        }

        writer.Write(logEvent.Exception?.ToString());
        _events.Enqueue(writer.ToString());
    }
}
