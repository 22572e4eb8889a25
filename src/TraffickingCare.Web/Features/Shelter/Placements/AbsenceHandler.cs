using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Records a temporary absence; absences are added, never overwritten, so it competes with nothing.</summary>
public sealed class AbsenceHandler(PlacementChange change)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, AbsenceForm form, CancellationToken ct) =>
        change.ApplyAsync(placementId, seenVersion: null, placement =>
        {
            CentreClock.TryParseDate(form.FromOn, out var from);
            DateOnly? to = CentreClock.TryParseDate(form.ToOn, out var until) ? until : null;
            placement.RecordAbsence(form.Kind!.Value, from, to);
            return Task.FromResult<ChangeResult?>(null);
        }, ct);
}
