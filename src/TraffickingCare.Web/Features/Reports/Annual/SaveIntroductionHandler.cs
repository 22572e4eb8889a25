using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// Writes the year's introduction. Version-checked: two managers editing it at once, the second is told. The first
/// introduction of a year is made here; two first saves at once meet the unique year index and the second is told too.
/// </summary>
public sealed class SaveIntroductionHandler(AppDbContext db)
{
    public async Task<ChangeResult> HandleAsync(int year, IntroductionForm form, CancellationToken ct) =>
        await ChangeResult.OfAsync(async () =>
        {
            var introduction = await db.ReportIntroductions.SingleOrDefaultAsync(i => i.Year == year, ct);
            if (introduction is null)
            {
                if (form.Version != 0)
                {
                    return ChangeResult.Refused(ChangeResult.ConflictKey);
                }

                introduction = ReportIntroduction.For(year);
                db.ReportIntroductions.Add(introduction);
            }
            else
            {
                db.Entry(introduction).Property(i => i.Version).OriginalValue = form.Version;
            }

            introduction.Write(form.Serbian, form.English);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DuplicateKey.Is(ex))
            {
                return ChangeResult.Refused(ChangeResult.ConflictKey);
            }

            return ChangeResult.Done;
        });
}
