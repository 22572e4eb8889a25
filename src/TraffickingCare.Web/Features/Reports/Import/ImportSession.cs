using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// What one commit knows once, before the first row: who imports, who leads the imported cases, the clock, and the
/// last case number of each year (numbers are then taken in memory; the commit holds the database's write lock,
/// and the unique index on the number stops any clash).
/// </summary>
public sealed class ImportSession(Guid importId, string importerId, string leadId, DateTime utcNow, DateOnly today, Dictionary<int, int> lastSequence)
{
    /// <summary>Case codes begin in 2000 (<see cref="CaseCode.For"/>): an older referral's case is numbered in 2000.</summary>
    public const int EarliestCodeYear = 2000;

    /// <summary>
    /// The note that imports before 4 December 2026 wrote on the services and visits they made (encrypted, so it cannot
    /// be told apart in SQL): a re-import still recognises those by it. Imports now name themselves on the row
    /// (<see cref="Domain.Support.CaseService.ImportId"/>) and write no note: one encryption less a service.
    /// </summary>
    public const string EarlierMarker = "HTCDS import";

    /// <summary>The file gives no length for a service; an hour stands for one session. Counted persons, not minutes, are what the report uses.</summary>
    public const int ServiceMinutes = 60;

    public Guid ImportId { get; } = importId;

    public string ImporterId { get; } = importerId;

    public string LeadId { get; } = leadId;

    public DateTime UtcNow { get; } = utcNow;

    public DateOnly Today { get; } = today;

    public CaseCode NextCode(DateOnly referralDate)
    {
        var year = Math.Max(referralDate.Year, EarliestCodeYear);
        var next = lastSequence.GetValueOrDefault(year) + 1;
        lastSequence[year] = next;
        return CaseCode.For(year, next);
    }

    /// <summary>A day of the file as an instant: the Centre's local noon, so the day is the same in every time zone's reading.</summary>
    public static DateTime Noon(DateOnly day) => CentreClock.ToUtc(day, new TimeOnly(12, 0));
}
