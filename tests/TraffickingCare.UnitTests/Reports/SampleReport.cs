using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TraffickingCare.UnitTests.Reporting;
using TraffickingCare.Web.Features.Reports.Annual;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Features.Reports.Annual.Pdf;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.UnitTests.Reports;

/// <summary>A report built by hand (five years, a few tables, some "&lt;3" and "x" cells) and the real PDF and chart services.</summary>
internal static class SampleReport
{
    public static readonly IStringLocalizer<SharedResource> Localizer = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    public static readonly AnnualReportCharts Charts = new(TestPdf.Fonts, Localizer);

    public static readonly AnnualReportPdf Pdf = new(TestPdf.Renderer, Charts, Localizer);

    public static readonly int[] Years = [2020, 2021, 2022, 2023, 2024];

    public static AnnualReportView View(int? revision = null, bool suppressed = true, string? introduction = "Godina je bila teška.\n\nDrugi pasus uvoda.") => new(
        2024, Years, revision, revision is null ? null : new DateTime(2025, 3, 14, 23, 30, 0, DateTimeKind.Utc), suppressed, 3, introduction,
        [
            new ReportTableView("summary", "Ukupno", null, IsMain: true,
            [
                Row("referrals", "Upućivanja", "101", "112", "98", "120", "131"),
                Row("presumed_victims", "Pretpostavljene žrtve", "21", "<3", "19", "24", "x"),
                Row("identified_victims", "Identifikovane žrtve", "44", "41", "38", "41", "37"),
            ]),
            new ReportTableView("identified_by_sex", "Identifikovane žrtve po polu", "Pol kako je upisan.", IsMain: true,
            [
                Row("Male", "Muški", "10", "12", "14", "57", "83"),
                Row("Female", "Ženski", "30", "27", "22", "<3", "x"),
                Row("Unknown", "Nepoznat", "0", "0", "0", "0", "0"),
            ]),
            new ReportTableView("referrals_by_outcome", "Upućivanja po ishodu", null, IsMain: false,
            [
                Row("Identified", "Identifikovano", "40", "41", "35", "39", "36"),
                Row("Pending", "U toku", "5", "6", "7", "19", "25"),
            ]),
        ]);

    public static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);

    /// <summary>Runs with the given UI and formatting culture, as a request in that language would.</summary>
    public static T In<T>(string culture, Func<T> action)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Culture(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }

    public static ReportRowView Row(string key, string label, params string[] values) =>
        new(key, label, Years.Zip(values).ToDictionary(p => p.First, p => p.Second));
}
