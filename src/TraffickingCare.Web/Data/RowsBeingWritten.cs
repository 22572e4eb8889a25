namespace TraffickingCare.Web.Data;

/// <summary>
/// A batch of added rows (<see cref="AddedRowsWriter.Take"/>) being written on the context's connection while the caller
/// builds its next batch on the change tracker: the two halves of a bulk write overlap, on two cores. Nothing else may
/// use the connection until the batch is finished (<see cref="FinishAsync"/>, which also recounts the report's summaries
/// the rows change) or, on a failure, abandoned (<see cref="AbandonAsync"/>) before the rollback.
/// </summary>
internal sealed class RowsBeingWritten
{
    private readonly AddedRows rows;
    private readonly Task writing;

    private RowsBeingWritten(AddedRows rows, Task writing) => (this.rows, this.writing) = (rows, writing);

    public static RowsBeingWritten Start(AppDbContext db, AddedRows rows, CancellationToken ct) =>
        new(rows, Task.Run(() => AddedRowsWriter.InsertAsync(db, rows, ct), ct));

    public async Task FinishAsync(AppDbContext db, CancellationToken ct)
    {
        await writing;
        await AddedRowsWriter.RecountAsync(db, rows, ct);
    }

    /// <summary>Waits for the writing to stop when the caller is failing already: its own failure, if any, says nothing more.</summary>
    public Task AbandonAsync() => writing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
}
