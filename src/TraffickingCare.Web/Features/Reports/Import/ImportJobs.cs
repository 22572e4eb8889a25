using System.Collections.Concurrent;
using System.Threading.Channels;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// The commits waiting and running. A commit runs in the background so that the manager's page can show its
/// progress (rows written so far, kept here in memory: the commit's own transaction cannot be read from outside
/// before it ends). If the app stops mid-commit, the transaction rolls back and the import shows as interrupted.
/// </summary>
public sealed class ImportJobs
{
    private readonly Channel<(Guid ImportId, string UserId)> queue = Channel.CreateUnbounded<(Guid, string)>();
    private readonly ConcurrentDictionary<Guid, int> progress = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> finished = new();

    public ChannelReader<(Guid ImportId, string UserId)> Pending => queue.Reader;

    public void Enqueue(Guid importId, string userId)
    {
        progress[importId] = 0;
        Completion(importId);
        queue.Writer.TryWrite((importId, userId));
    }

    public bool IsRunning(Guid importId) => progress.ContainsKey(importId);

    public int Processed(Guid importId) => progress.GetValueOrDefault(importId);

    public void Report(Guid importId, int rows) => progress[importId] = rows;

    public void End(Guid importId)
    {
        progress.TryRemove(importId, out _);
        Completion(importId).TrySetResult();
    }

    /// <summary>Completes when the commit has ended, whichever way (tests and the benchmark wait on it).</summary>
    public Task WaitAsync(Guid importId) => Completion(importId).Task;

    private TaskCompletionSource Completion(Guid importId) =>
        finished.GetOrAdd(importId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
