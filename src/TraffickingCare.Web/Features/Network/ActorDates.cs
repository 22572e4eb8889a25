using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Network;

/// <summary>A date the validator has already accepted, as the domain takes it.</summary>
internal static class ActorDates
{
    public static DateOnly? Optional(string? text) => CentreClock.TryParseDate(text, out var on) ? on : null;

    public static DateOnly Required(string? text) => CentreClock.TryParseDate(text, out var on) ? on : throw new ArgumentException("The validator accepts only dates.", nameof(text));
}
