using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// How far the case list counts (<c>Cases:CountLimit</c>): beyond it the list says "more than", as the two registers
/// do. An exact total read every case the filter matched: a year's 200,871 cases at the seeded million, 0.1 s of the
/// list's 0.25 s (docs/performance.md).
/// </summary>
public sealed class CaseListOptions : ICountLimitOptions
{
    public const string Section = "Cases";

    public int CountLimit { get; set; } = 10_000;
}
