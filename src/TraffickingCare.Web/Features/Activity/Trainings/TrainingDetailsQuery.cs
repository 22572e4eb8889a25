using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Activity.Trainings.Materials;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>One training with its trainers (staff by display name), sector counts and live materials; then the labels of its codes.</summary>
public sealed class TrainingDetailsQuery(AppDbContext db, CodeListOptionsQuery codeLists, IOptions<StorageOptions> storage)
{
    public async Task<TrainingDetailsViewModel?> GetAsync(Guid trainingId, CancellationToken ct)
    {
        var t = await db.Trainings.AsNoTracking().Where(x => x.Id == trainingId)
            .Select(x => new
            {
                x.Id,
                x.HeldOn,
                x.Hours,
                x.Topic,
                x.Accredited,
                x.AccreditationNumber,
                x.MunicipalityCode,
                x.Organiser,
                x.Women,
                x.Men,
                x.SexNotStated,
                x.Version,
                Trainers = x.Trainers.OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
                    .Select(r => new { r.StaffUserId, Staff = db.Users.Where(u => u.Id == r.StaffUserId).Select(u => u.DisplayName).FirstOrDefault(), r.ExternalName, r.ExternalInstitution })
                    .ToList(),
                Sectors = x.Sectors.Where(s => s.Count > 0).Select(s => new { s.SectorCode, s.Count }).ToList(),
                Materials = db.TrainingMaterials.Where(m => m.TrainingId == x.Id).OrderByDescending(m => m.UploadedAtUtc)
                    .Select(m => new MaterialRow(m.Id, m.FileName, m.Type, m.SizeBytes, db.Users.Where(u => u.Id == m.UploadedBy).Select(u => u.DisplayName).FirstOrDefault() ?? m.UploadedBy, m.UploadedAtUtc))
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (t is null)
        {
            return null;
        }

        var labels = await codeLists.GetLabelsAsync(["Municipality", TrainingFormValidator.SectorList], [t.MunicipalityCode, .. t.Sectors.Select(s => s.SectorCode)], ct);
        var sectors = t.Sectors
            .OrderBy(s => TrainedSectors.All.ToList().IndexOf(s.SectorCode) is var i && i < 0 ? int.MaxValue : i).ThenBy(s => s.SectorCode, StringComparer.Ordinal)
            .Select(s => new SectorCountRow(s.SectorCode, labels.GetValueOrDefault((TrainingFormValidator.SectorList, s.SectorCode), s.SectorCode), s.Count))
            .ToList();
        var trainers = t.Trainers
            .Select(r => r.StaffUserId is not null ? new TrainerRow(r.Staff ?? r.StaffUserId, null, IsStaff: true) : new TrainerRow(r.ExternalName ?? string.Empty, r.ExternalInstitution, IsStaff: false))
            .ToList();
        return new TrainingDetailsViewModel(
            t.Id, t.HeldOn, t.Hours, t.Topic, t.Accredited, t.AccreditationNumber, labels.GetValueOrDefault(("Municipality", t.MunicipalityCode), t.MunicipalityCode),
            t.Organiser, trainers, sectors, t.Women, t.Men, t.SexNotStated, t.Materials, storage.Value.MaxAttachmentBytes)
        {
            Version = t.Version,
        };
    }
}
