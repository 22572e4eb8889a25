using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// The register counts its decisions up to <c>Decisions:CountLimit</c> and says "more than" beyond it: an exact total
/// reads every final findings through the access rule (5 seconds at a million cases), and nobody pages through ten
/// thousand decisions; the filters narrow the list instead.
/// </summary>
public sealed class DecisionRegisterOptions : ICountLimitOptions
{
    public const string Section = "Decisions";

    public int CountLimit { get; set; } = 10_000;
}
