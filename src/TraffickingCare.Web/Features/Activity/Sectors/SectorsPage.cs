using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>The table with its filter and the labels of the sectors in the user's language.</summary>
public sealed record SectorsPage(
    SectorsFilter Filter, SectorFigures Figures, IReadOnlyList<CodeListOption> TrainingSectors, IReadOnlyList<CodeListOption> ReferrerSectors)
{
    public string? TrainedLabel(string sector) => TrainingSectors.FirstOrDefault(s => s.Code == sector)?.Label;

    /// <summary>The senders a row gathers, by label: what "Judiciary" or "Other" means in referrals.</summary>
    public IEnumerable<string> SendersOf(string sector) =>
        ReferrerSectors.Where(r => TrainedSectors.Of(r.Code) == sector).Select(r => r.Label);
}
