using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>Counts (and keeps) the SQL commands EF sends to one database file while it is alive (other tests' databases are ignored).</summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string databasePath;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<SqlCommandText> commands = [];
    private int count;

    public SqlCommandCounter(string databasePath)
    {
        this.databasePath = databasePath;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref count);

    /// <summary>The commands sent since the last <see cref="Reset"/>, with their parameter values.</summary>
    public IReadOnlyList<SqlCommandText> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        lock (commands)
        {
            commands.Clear();
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name
            && value.Value is CommandExecutedEventData data
            && data.Command.Connection?.DataSource == databasePath)
        {
            Interlocked.Increment(ref count);
            var parameters = data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList();
            lock (commands)
            {
                commands.Add(new SqlCommandText(data.Command.CommandText, parameters));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
