using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>
/// One live team per municipality: checked before saving so the user is told on the field; the unique index
/// (live rows only) is the backstop when two people save a team for the same municipality at the same moment.
/// </summary>
public static class TeamMunicipality
{
    public const string Field = nameof(LocalTeamForm.MunicipalityCode);

    public static readonly ChangeResult Taken = ChangeResult.Refused("Activity.Errors.TeamExists", Field);

    public static Task<bool> IsTakenAsync(AppDbContext db, string? municipalityCode, Guid? exceptTeamId, CancellationToken ct) =>
        db.LocalTeams.AnyAsync(t => t.MunicipalityCode == municipalityCode && t.Id != exceptTeamId, ct);

    /// <summary>Saves; a unique-index violation from a concurrent save becomes the same refusal.</summary>
    public static async Task<ChangeResult> SaveAsync(AppDbContext db, Func<ChangeResult> done, string? municipalityCode, Guid? exceptTeamId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return done();
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (await IsTakenAsync(db, municipalityCode, exceptTeamId, ct))
            {
                return Taken;
            }

            throw;
        }
    }
}
