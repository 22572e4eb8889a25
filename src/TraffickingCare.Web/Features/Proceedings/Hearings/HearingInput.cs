using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

public static class HearingInput
{
    /// <summary>The validated form as the domain takes it.</summary>
    public static HearingDetails DetailsOf(HearingForm form) => new(
        HearingFormValidator.StartsAtUtc(form)!.Value,
        form.CourtId ?? Guid.Empty,
        form.Kind!.Value,
        string.IsNullOrEmpty(form.EscortUserId) ? null : form.EscortUserId,
        form.EscortPartnerId,
        form.PsychologicalSupport,
        form.StatementGiven,
        form.Outcome);
}
