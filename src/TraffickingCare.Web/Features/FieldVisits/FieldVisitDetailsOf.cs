using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>The validated form as the domain's <see cref="FieldVisitDetails"/>.</summary>
internal static class FieldVisitDetailsOf
{
    public static FieldVisitDetails Form(FieldVisitForm form) => new(
        CentreClock.TryParseDate(form.On, out var on) ? on : default,
        Enum.TryParse<VisitPlace>(form.Place, out var place) ? place : (VisitPlace)(-1),
        form.PurposeCode!,
        [.. form.Participants.Select(p => StaffOrPartnerValue.TryParse(p, out var who) ? who : null).OfType<StaffOrPartner>()],
        form.Outcome,
        form.NextStep,
        CentreClock.TryParseDate(form.NextStepOn, out var due) ? due : null);
}
