using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Reports;

/// <summary>
/// Management's introduction to a year's report, in Serbian (the Cyrillic document transliterates it) and in
/// English. Kept apart from the figures: it is edited while the report is a draft and copied into each revision.
/// </summary>
public sealed class ReportIntroduction : Entity
{
    private ReportIntroduction()
    {
    }

    public int Year { get; private set; }

    public string? Serbian { get; private set; }

    public string? English { get; private set; }

    public static ReportIntroduction For(int year) => new() { Year = year };

    public void Write(string? serbian, string? english)
    {
        Serbian = Guard.OptionalText(serbian, PublishedReport.IntroductionMaxLength, "Reports.Errors.IntroductionTooLong");
        English = Guard.OptionalText(english, PublishedReport.IntroductionMaxLength, "Reports.Errors.IntroductionTooLong");
    }
}
