using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Records the exit: her bed is free from then; a readmission later is a new placement.</summary>
public sealed class ExitHandler(PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, ExitForm form, CancellationToken ct) =>
        change.ApplyAsync(placementId, form.Version, placement =>
        {
            CentreClock.TryParseDate(form.ExitedOn, out var on);
            CentreClock.TryParseTime(form.ExitedAt, out var at);
            placement.Exit(CentreClock.ToUtc(on, at), on, form.Destination!.Value, form.Reason, clock.UtcNow);
            return Task.FromResult<ChangeResult?>(null);
        }, ct);
}
