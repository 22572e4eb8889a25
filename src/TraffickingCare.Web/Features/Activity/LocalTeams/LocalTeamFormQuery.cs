using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>The new and edit pages: a team's saved data as a form, and what the form offers (its own values kept if retired or merged).</summary>
public sealed class LocalTeamFormQuery(AppDbContext db, CodeListOptionsQuery codeLists)
{
    /// <summary>The team as the edit form shows it; null when there is none.</summary>
    public async Task<LocalTeamForm?> SavedAsync(Guid teamId, CancellationToken ct)
    {
        var saved = await db.LocalTeams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new
            {
                t.MunicipalityCode,
                t.Status,
                t.CoordinatorName,
                t.CoordinatorPartnerId,
                t.Version,
                Members = db.LocalTeamMembers.Where(m => m.TeamId == t.Id).Select(m => m.PartnerId).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return saved is null ? null : new LocalTeamForm
        {
            MunicipalityCode = saved.MunicipalityCode,
            HeldMunicipalityCode = saved.MunicipalityCode,
            Status = saved.Status.ToString(),
            MemberIds = [.. saved.Members.Select(m => m.ToString())],
            HeldMemberIds = saved.Members,
            CoordinatorName = saved.CoordinatorName,
            CoordinatorPartnerId = saved.CoordinatorPartnerId?.ToString(),
            Version = saved.Version,
        };
    }

    public async Task<LocalTeamFormPage> PageAsync(LocalTeamForm form, CancellationToken ct)
    {
        var municipalities = await codeLists.GetAsync("Municipality", keep: form.HeldMunicipalityCode ?? form.MunicipalityCode, ct: ct);
        var held = form.HeldMemberIds.ToList();
        var partners = await db.Partners.AsNoTracking()
            .Where(p => p.MergedIntoId == null || held.Contains(p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(ct);

        // The id is written here, not by the database: a provider may spell it in capitals, and the form compares text.
        return new LocalTeamFormPage(form, municipalities, [.. partners.Select(p => new CodeListOption(p.Id.ToString(), p.Name))]);
    }

    /// <summary>The details the domain takes, from a form the validator passed.</summary>
    public static LocalTeamDetails DetailsOf(LocalTeamForm form) => new(
        form.MunicipalityCode,
        Enum.Parse<LocalTeamStatus>(form.Status!),
        [.. form.MemberIds.Select(Guid.Parse)],
        form.CoordinatorName,
        Guid.TryParse(form.CoordinatorPartnerId, out var coordinator) ? coordinator : null);
}
