using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shared.Access;

/// <summary>
/// Saves a new case under the next free code of its year. The unique index on (year, number) is the
/// arbiter: when two caseworkers open cases at the same moment, the second save clashes and is retried
/// with the following number, so codes stay sequential and are never shared.
/// </summary>
public sealed class CaseNumbering(AppDbContext db, CentreClock clock)
{
    private const int Attempts = 10;

    /// <summary>The case year follows the Centre's calendar, not UTC: a case opened at 00:30 on 1 January is next year's.</summary>
    public int CurrentYear() => clock.Today.Year;

    public async Task<CaseCode> NextCodeAsync(int year, CancellationToken ct)
    {
        var last = await db.Cases.IgnoreQueryFilters().Where(c => c.CodeYear == year).MaxAsync(c => (int?)c.CodeSequence, ct) ?? 0;
        return CaseCode.Next(year, last);
    }

    /// <summary>Saves <paramref name="file"/> (and whatever else is pending) with a fresh code, retrying on a clash.</summary>
    public async Task SaveNewAsync(CaseFile file, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (DuplicateKey.Is(ex) && attempt < Attempts)
            {
                file.Renumber(await NextCodeAsync(file.CodeYear, ct));
            }
        }
    }
}
