namespace TraffickingCare.Web.Data.Migrations.Backfill;

/// <summary>
/// Who wrote the findings saved before their writers were recorded: the creator (first author), and
/// everyone the audit trail shows creating it or changing its content, in the order they first did.
/// Plain SQL that SQLite and SQL Server both run; both providers' migrations use it.
/// </summary>
internal static class FindingsEditorsBackfill
{
    public const string Sql = """
        INSERT INTO FindingsEditors (FindingsId, UserId, [Sequence])
        SELECT e.FindingsId, e.UserId, ROW_NUMBER() OVER (PARTITION BY e.FindingsId ORDER BY e.FirstAt, e.UserId)
        FROM (
            SELECT w.FindingsId, w.UserId, MIN(w.FirstAt) AS FirstAt
            FROM (
                SELECT f.Id AS FindingsId, f.FirstAuthorId AS UserId, f.CreatedAtUtc AS FirstAt
                FROM FindingsAndOpinions f
                UNION ALL
                SELECT a.EntityId, a.UserId, a.AtUtc
                FROM AuditEntries a
                WHERE a.EntityType = 'FindingsAndOpinion' AND a.UserId IS NOT NULL
                  AND EXISTS (SELECT 1 FROM FindingsAndOpinions f2 WHERE f2.Id = a.EntityId)
                  AND (a.[Action] = 'Created' OR (a.[Action] = 'Updated' AND (
                       a.Changes LIKE '%"Basis"%' OR a.Changes LIKE '%"Sources"%' OR a.Changes LIKE '%"EstablishedFacts"%'
                       OR a.Changes LIKE '%"IndicatorAnalysis"%' OR a.Changes LIKE '%"Opinion"%' OR a.Changes LIKE '%"Decision"%'
                       OR a.Changes LIKE '%"SecondAuthorId"%' OR a.Changes LIKE '%"FormsRevision"%')))
            ) w
            GROUP BY w.FindingsId, w.UserId
        ) e;
        """;
}
