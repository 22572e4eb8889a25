namespace TraffickingCare.Web.Features.Shared.CasePanels;

/// <summary>
/// A row of a panel's latest few, with how many there are in all: the count rides on the rows' own command (SQLite
/// counts a subquery that does not depend on the row once). No row means none in all.
/// </summary>
public sealed record Counted<TRow>(TRow Row, int Total)
{
    public static (IReadOnlyList<TRow> Rows, int Total) Split(IReadOnlyList<Counted<TRow>> read) =>
        ([.. read.Select(r => r.Row)], read.Count == 0 ? 0 : read[0].Total);
}
