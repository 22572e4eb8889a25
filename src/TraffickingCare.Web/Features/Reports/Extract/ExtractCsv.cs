using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using TraffickingCare.Domain.Reports;
using C = TraffickingCare.Domain.Reports.HtcdsColumns;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>
/// The partners' extract: IMPORT-FORMAT.md's columns without the identifying ones (names, birthdate, the case id, the
/// referring organisation's name) and without the product's own <c>x_</c> columns, plus the municipality. RFC 4180,
/// comma-separated, UTF-8, a header row, so that it reads back as an HTCDS sheet; only codes, never text.
/// </summary>
public static class ExtractCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        C.RowId, C.Gender, C.Citizenship, C.MailingCity, C.TraffickingStatus, C.DecisionMakingOrg, C.AgeWhenTrafficked,
        C.TypeOfExploitation, C.TypeOfSexExploitation, C.ForcedLabourIndustry, C.MethodOfRecruitment, C.MethodsOfControl,
        C.ExploitationDate, C.ExploitationCountry, C.CaseStatus, C.ReferralDate, C.SupportType, C.Consent,
    ];

    /// <summary>
    /// The rows in a fresh random order, each with a fresh random id: neither the order nor the id carries anything of
    /// a case (the order of case numbers would tell the order of referrals), and two downloads cannot be joined by id.
    /// </summary>
    public static byte[] Write(IReadOnlyList<ExtractRow<ExtractCase>> rows)
    {
        var shuffled = rows.ToArray();
        RandomNumberGenerator.Shuffle<ExtractRow<ExtractCase>>(shuffled);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns]);
            foreach (var row in shuffled)
            {
                csv.WriteRecord(Fields(row.Row, row.Shown));
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string FileName(int year, int k) => string.Create(CultureInfo.InvariantCulture, $"htcds-extract-{year}-k{k}.csv");

    private static string[] Fields(ExtractCase c, ExtractQuasiIdentifiers shown) =>
    [
        RandomNumberGenerator.GetHexString(16, lowercase: true),
        shown.Sex,
        shown.Citizenship,
        shown.Municipality,
        c.TraffickingStatus,
        c.DecisionMakingOrg ?? string.Empty,
        shown.AgeBand == AgeBands.Unknown ? string.Empty : shown.AgeBand,
        HtcdsValues.Joined(c.ExploitationTypes),
        HtcdsValues.Joined(c.SexExploitationTypes),
        c.ForcedLabourIndustry ?? string.Empty,
        HtcdsValues.Joined(c.RecruitmentMethods),
        HtcdsValues.Joined(c.MethodsOfControl),
        c.ExploitationYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        HtcdsValues.Joined(c.ExploitationCountries),
        c.CaseStatus,
        shown.Year.ToString(CultureInfo.InvariantCulture),
        HtcdsValues.Joined(c.SupportTypes),
        c.Consent switch { true => "TRUE", false => "FALSE", null => string.Empty },
    ];
}
