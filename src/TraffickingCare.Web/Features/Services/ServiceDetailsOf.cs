using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Services;

/// <summary>The validated form as the domain's <see cref="ServiceDetails"/>.</summary>
internal static class ServiceDetailsOf
{
    public static ServiceDetails Form(ServiceForm form) => new(
        form.TypeCode!,
        CentreClock.TryParseDate(form.On, out var on) ? on : default,
        form.DurationMinutes ?? 0,
        StaffOrPartnerValue.TryParse(form.GivenBy, out var who) ? who : null!,
        form.Note);
}
