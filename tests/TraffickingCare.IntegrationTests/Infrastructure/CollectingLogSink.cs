using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>Keeps every log event the app writes, rendered with its properties, so a test can check what reached the logs.</summary>
public sealed class CollectingLogSink(LogEventLevel minimumLevel = LogEventLevel.Verbose) : ILogEventSink
{
    private readonly ConcurrentQueue<string> _events = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = [];

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
        var rendered = writer.ToString();
        _events.Enqueue(rendered);
        lock (waiters)
        {
            foreach (var (match, found) in waiters.Where(w => w.Match(rendered)))
            {
                found.TrySetResult(rendered);
            }
        }
    }

    /// <summary>
    /// The first event, kept already or still to come, that <paramref name="match"/> accepts: for an event the app writes
    /// after the client has its answer (the request line of a request the client gave up on).
    /// </summary>
    public Task<string> FirstAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            waiters.Add((match, found));
        }

        if (_events.FirstOrDefault(match) is { } kept)
        {
            found.TrySetResult(kept);
        }

        return found.Task.WaitAsync(timeout);
    }
}
