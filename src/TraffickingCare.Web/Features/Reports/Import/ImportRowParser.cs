using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using C = TraffickingCare.Web.Features.Reports.Import.ImportColumns;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// Checks one row's cells against the contract and types them. Every problem of the row is reported, not just the
/// first, so one round of corrections fixes the file. A name or a date of birth is never echoed in a problem.
/// </summary>
public static class ImportRowParser
{
    /// <summary>Dates of the Centre's work (referral, exploitation, decision): the earliest a record can hold.</summary>
    public static readonly DateOnly EarliestEventDate = ExploitationRecord.Earliest;

    /// <summary>A date of birth may be older than the Centre's records.</summary>
    public static readonly DateOnly EarliestBirthdate = new(1900, 1, 1);

    public static ImportRow? Parse(int row, Func<string, string> cell, ImportCodeLists codes, DateOnly today, Action<ImportProblem> report)
    {
        var ok = true;
        void Problem(string column, string key, string? value = null)
        {
            ok = false;
            report(new ImportProblem(row, column, key, C.Identifying.Contains(column) ? null : value));
        }

        string? Text(string column, int max)
        {
            var value = Clean(cell(column));
            if (value is { Length: var length } && length > max)
            {
                Problem(column, "Import.Problems.TooLong", max.ToString(CultureInfo.InvariantCulture));
            }

            return value;
        }

        DateOnly? Date(string column, DateOnly earliest)
        {
            if (Clean(cell(column)) is not { } text)
            {
                return null;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Problem(column, "Import.Problems.BadDate", text);
                return null;
            }

            if (date < earliest || date > today)
            {
                Problem(column, "Import.Problems.DateOutOfRange", text);
                return null;
            }

            return date;
        }

        IReadOnlyList<string> Codes(string column)
        {
            var values = Split(cell(column), C.SeveralValued.Contains(column));
            foreach (var value in values.Where(v => !Allowed(column, v, codes)))
            {
                Problem(column, "Import.Problems.UnknownCode", value);
            }

            return values;
        }

        string? Code(string column) => Codes(column) is [var single] ? single : null;

        var caseId = Text(C.CaseId, ImportedCase.ExternalIdMaxLength);
        if (caseId is null)
        {
            Problem(C.CaseId, "Import.Problems.Required");
        }

        var firstName = Text(C.FirstName, PersonIdentity.NameMaxLength);
        var secondName = Text(C.SecondName, PersonIdentity.NameMaxLength);
        var birthdate = Date(C.Birthdate, EarliestBirthdate);
        var sex = Code(C.Gender);
        var citizenships = Codes(C.Citizenship);
        var status = Code(C.TraffickingStatus);
        var decisionOrg = Code(C.DecisionMakingOrg);
        var age = Age(cell(C.AgeWhenTrafficked), Problem);
        var types = Codes(C.TypeOfExploitation);
        var sexTypes = Codes(C.TypeOfSexExploitation);
        var industry = Code(C.ForcedLabourIndustry);
        var recruitment = Codes(C.MethodOfRecruitment);
        var control = Codes(C.MethodsOfControl);
        var exploitationDate = Date(C.ExploitationDate, EarliestEventDate);
        var country = Code(C.ExploitationCountry);
        var caseStatus = Code(C.CaseStatus);
        var organisation = Text(C.ReferringOrganisation, Referral.OrganisationMaxLength);
        var referralDate = Date(C.ReferralDate, EarliestEventDate);
        if (referralDate is null && Clean(cell(C.ReferralDate)) is null)
        {
            Problem(C.ReferralDate, "Import.Problems.Required");
        }

        var support = Codes(C.SupportType);
        var consent = Consent(cell(C.Consent), Problem);
        var sector = Code(C.ReferrerSector);
        var decisionCode = Code(C.Decision);
        var decisionDate = Date(C.DecisionDate, EarliestEventDate);
        var scope = Code(C.Scope);

        var decisionText = Clean(cell(C.Decision));
        var decisionDateText = Clean(cell(C.DecisionDate));
        if (decisionText is not null && decisionDateText is null)
        {
            Problem(C.DecisionDate, "Import.Problems.DecisionWithoutDate");
        }

        if (decisionText is null && decisionDateText is not null)
        {
            Problem(C.Decision, "Import.Problems.DateWithoutDecision");
        }

        if (decisionDate < referralDate)
        {
            Problem(C.DecisionDate, "Import.Problems.DecisionBeforeReferral", decisionDateText);
        }

        if (status is not null && (decisionText is null || decisionCode is not null) && status != C.StatusOf(decisionCode))
        {
            Problem(C.TraffickingStatus, "Import.Problems.StatusMismatch", status);
        }

        if (!ok)
        {
            return null;
        }

        return new ImportRow(
            row, caseId!, firstName, secondName, birthdate, sex, citizenships, decisionOrg, age, types, sexTypes, industry, recruitment, control,
            exploitationDate, country, caseStatus, organisation, referralDate!.Value, support, consent, sector,
            decisionCode is null ? null : Enum.Parse<IdentificationDecision>(decisionCode), decisionDate,
            scope is null ? null : scope == "Transnational", Fingerprint(cell));
    }

    /// <summary>Several values: split on ";", trimmed, empties dropped, a repeated value kept once.</summary>
    public static IReadOnlyList<string> Split(string? text, bool several) =>
        Clean(text) is not { } value ? [] : several ? value.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList() : [value];

    private static bool Allowed(string column, string value, ImportCodeLists codes) =>
        C.CodeLists.TryGetValue(column, out var list) ? codes.Has(list, value)
        : C.FixedValues.TryGetValue(column, out var fixedValues) && fixedValues.Contains(value);

    private static int? Age(string text, Action<string, string, string?> problem)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= PersonProfile.MaxAge)
        {
            return age;
        }

        problem(C.AgeWhenTrafficked, "Import.Problems.BadAge", value);
        return null;
    }

    private static bool? Consent(string text, Action<string, string, string?> problem)
    {
        switch (Clean(text))
        {
            case null: return null;
            case "TRUE": return true;
            case "FALSE": return false;
            case var other:
                problem(C.Consent, "Import.Problems.BadConsent", other);
                return null;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The row as the file wrote it (trimmed), hashed: a re-imported row with the same hash changed nothing.</summary>
    private static string Fingerprint(Func<string, string> cell) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', C.All.Select(c => Clean(cell(c)) ?? string.Empty)))));
}
