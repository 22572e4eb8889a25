using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>The new and edit pages: a saved training as a form, and the municipalities, sectors and staff offered.</summary>
public sealed class TrainingFormQuery(AppDbContext db, CodeListOptionsQuery codeLists, TrainerOptionsQuery trainers)
{
    /// <summary>The training as the edit form shows it; null when there is none (or it was removed).</summary>
    public async Task<TrainingForm?> SavedAsync(Guid trainingId, CancellationToken ct)
    {
        var saved = await db.Trainings.AsNoTracking().Where(t => t.Id == trainingId)
            .Select(t => new
            {
                t.HeldOn,
                t.Hours,
                t.Topic,
                t.Accredited,
                t.AccreditationNumber,
                t.MunicipalityCode,
                t.Organiser,
                t.Women,
                t.Men,
                t.SexNotStated,
                t.Version,
                Sectors = t.Sectors.Select(s => new { s.SectorCode, s.Count }).ToList(),
                Trainers = t.Trainers.OrderBy(x => x.CreatedAtUtc).ThenBy(x => x.Id).Select(x => new { x.StaffUserId, x.ExternalName, x.ExternalInstitution }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (saved is null)
        {
            return null;
        }

        var staff = saved.Trainers.Where(x => x.StaffUserId is not null).Select(x => x.StaffUserId!).ToList();
        return new TrainingForm
        {
            HeldOn = CentreClock.FormatDate(saved.HeldOn),
            Hours = saved.Hours,
            Topic = saved.Topic,
            Accredited = saved.Accredited,
            AccreditationNumber = saved.AccreditationNumber,
            MunicipalityCode = saved.MunicipalityCode,
            Organiser = saved.Organiser,
            StaffTrainerIds = staff,
            ExternalTrainers = [.. saved.Trainers.Where(x => x.StaffUserId is null).Select(x => new ExternalTrainerInput { Name = x.ExternalName, Institution = x.ExternalInstitution })],
            Sectors = [.. saved.Sectors.Select(s => new SectorCountInput { Code = s.SectorCode, Count = s.Count })],
            Women = saved.Women,
            Men = saved.Men,
            SexNotStated = saved.SexNotStated,
            Version = saved.Version,
            Held = new TrainingHeld(saved.MunicipalityCode, [.. saved.Sectors.Where(s => s.Count > 0).Select(s => s.SectorCode)], staff),
        };
    }

    /// <summary>
    /// The page for a form (new, saved or as typed): one row per sector offered, in the list's order, with what the
    /// form holds for it, and the outside trainer rows filled up to <see cref="TrainingForm.ExternalRows"/>.
    /// </summary>
    public async Task<TrainingFormPage> PageAsync(TrainingForm form, CancellationToken ct)
    {
        var held = form.Held;
        var lists = await codeLists.GetManyAsync(
            [("Municipality", held.MunicipalityCode is { } m ? [m] : []), (TrainingFormValidator.SectorList, held.SectorCodes)], ct);
        var sectors = lists[TrainingFormValidator.SectorList];
        form.Sectors = [.. sectors.Select(s => new SectorCountInput { Code = s.Code, Count = form.Sectors.FirstOrDefault(r => r.Code == s.Code)?.Count })];
        form.ExternalTrainers = [.. form.ExternalTrainers.Take(TrainingForm.ExternalRows)];
        while (form.ExternalTrainers.Count < TrainingForm.ExternalRows)
        {
            form.ExternalTrainers.Add(new ExternalTrainerInput());
        }

        var staff = await trainers.PickAsync(held.StaffIds, form.StaffTrainerIds, form.TrainerFind, ct);
        return new TrainingFormPage(form, lists["Municipality"], sectors, staff);
    }
}
