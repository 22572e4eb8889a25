using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>The day a follow-up is due, as typed: a real date within ten years back and five ahead (the exit is checked by the domain).</summary>
public static class FollowUpDates
{
    public static bool IsDueDate(string? value, CentreClock clock) =>
        CentreClock.TryParseDate(value, out var d) && d >= clock.Today.AddYears(-10) && d <= clock.Today.AddYears(5);
}
