using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// How every use case changes a placement: load it with its beds and absences, apply one domain method, save with
/// the version the page showed. A bed lost to someone else in the same moment (the unique index on the open
/// occupancy) is a refusal on the bed field, never an error page; a broken rule is refused on its field.
/// </summary>
public sealed class PlacementChange(AppDbContext db)
{
    public const string BedTakenKey = "Shelter.Errors.BedTaken";

    /// <param name="include">What the change needs loaded (the plan's parts); the beds and absences when null.</param>
    public async Task<ChangeResult> ApplyAsync(
        Guid placementId, int? seenVersion, Func<Placement, Task<ChangeResult?>> change, CancellationToken ct, Func<IQueryable<Placement>, IQueryable<Placement>>? include = null)
    {
        // A placement of an anonymised case is read, not changed: whatever were written on it (a follow-up's note, a
        // goal) would keep identifying data the retention run no longer removes. The run leaves a case alone while
        // its resident is still in the shelter, so no bed waits on such a placement.
        var placements = db.Placements.Where(p => !db.Cases.Any(c => c.Id == p.CaseId && c.AnonymisedAtUtc != null));
        var query = include is null ? placements.Include(p => p.Occupancies).Include(p => p.Absences) : include(placements);
        var placement = await query.SingleOrDefaultAsync(p => p.Id == placementId, ct);
        if (placement is null)
        {
            return ChangeResult.NotFound;
        }

        if (seenVersion is { } version)
        {
            db.Entry(placement).Property(p => p.Version).OriginalValue = version;
        }

        return await SaveAsync(async () => await change(placement), ct);
    }

    /// <summary>Runs a change and its save, turning a lost bed and a broken rule into refusals on their fields.</summary>
    public async Task<ChangeResult> SaveAsync(Func<Task<ChangeResult?>> change, CancellationToken ct) =>
        await ChangeResult.OfAsync(async () =>
        {
            try
            {
                if (await change() is { } refused)
                {
                    return refused;
                }

                await db.SaveChangesAsync(ct);
                return ChangeResult.Done;
            }
            catch (DomainException ex)
            {
                return ChangeResult.Refused(ex.ResourceKey, FieldOf(ex.ResourceKey));
            }
            catch (DbUpdateException ex) when (DuplicateKey.Is(ex))
            {
                return ChangeResult.Refused(BedTakenKey, nameof(MoveForm.BedId));
            }
        });

    /// <summary>Whether someone is in the bed now.</summary>
    public Task<bool> IsTakenAsync(Guid bedId, CancellationToken ct) =>
        db.BedOccupancies.AnyAsync(o => o.BedId == bedId && o.EndedAtUtc == null, ct);

    private static string? FieldOf(string key) => key switch
    {
        "Shelter.Errors.BedOutOfUse" or "Shelter.Errors.SameBed" => nameof(MoveForm.BedId),
        "Shelter.Errors.AdmissionInFuture" => nameof(AdmitForm.AdmittedOn),
        "Shelter.Errors.ExitBeforeAdmission" or "Shelter.Errors.ExitInFuture" => nameof(ExitForm.ExitedOn),
        "Shelter.Errors.AbsenceBeforeAdmission" => nameof(AbsenceForm.FromOn),
        "Shelter.Errors.AbsenceEndsBeforeStart" => nameof(AbsenceForm.ToOn),
        "Shelter.Errors.GoalTargetBeforePhase" => nameof(Goals.GoalForm.TargetOn),
        "Shelter.Errors.GoalPhasePast" => nameof(Goals.GoalForm.Phase),
        "Shelter.Errors.GoalDescription" => nameof(Goals.GoalForm.Description),
        "Shelter.Errors.NoteText" => nameof(ProgressNotes.ProgressNoteForm.Text),
        "Shelter.Errors.NoteNotFound" => nameof(ProgressNotes.ProgressNoteForm.AmendsNoteId),
        "Shelter.Errors.PhaseNotForward" => nameof(PhaseChanges.ProposePhaseForm.To),
        "Shelter.Errors.SkipReasonRequired" => nameof(PhaseChanges.ProposePhaseForm.SkipReason),
        "Shelter.Errors.PhaseReview" => nameof(PhaseChanges.ProposePhaseForm.Review),
        "Shelter.Errors.ReturnReasonRequired" => nameof(PhaseChanges.ReturnPhaseForm.Reason),
        "Shelter.Errors.FollowUpDueBeforeExit" => nameof(FollowUps.FollowUpForm.FollowUpOn),
        "Shelter.Errors.FollowUpAssignee" => nameof(FollowUps.FollowUpForm.AssigneeId),
        "Shelter.Errors.FollowUpOutcome" => nameof(FollowUps.FollowUpOutcomeForm.Outcome),
        "Shelter.Errors.FollowUpDoneInFuture" or "Shelter.Errors.FollowUpDoneBeforeExit" => nameof(FollowUps.FollowUpOutcomeForm.DoneOn),
        "Shelter.Errors.FollowUpNote" => nameof(FollowUps.FollowUpOutcomeForm.Note),
        _ => null,
    };
}
