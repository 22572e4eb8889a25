using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>A case's projected values described in HTCDS's terms: codes mapped back, ages in bands, dates as years.</summary>
internal static class ExtractDescription
{
    /// <summary>The Centre decides identification itself: a state body that is not the police.</summary>
    public const string CentreAsDecisionMaker = "NonPoliceGovernmentalOrganization";

    public static ExtractCase Of(ExtractSource s, int year, Func<string, IEnumerable<string>> codes, IEnumerable<string> serviceTypes)
    {
        var forms = codes(CaseCodeFields.ExploitationType).Order(StringComparer.Ordinal).ToList();
        var citizenships = new[] { s.Citizenship }.OfType<string>().Concat(codes(CaseCodeFields.FurtherCitizenship))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var identifiers = new ExtractQuasiIdentifiers(
            s.Sex ?? string.Empty,
            AgeBands.Of(s.Age),
            HtcdsValues.Joined(citizenships),
            s.Residence ?? s.ReferralMunicipality ?? string.Empty,
            year,
            ExploitationCategories.ExclusiveOf(forms));

        var decided = s.Status == CaseStatus.Closed ? s.StatusBeforeClosure : s.Status;
        var status = HtcdsValues.TraffickingStatusOf(decided);
        var decidedByCentre = status != HtcdsValues.TraffickingStatusOf(null) ? CentreAsDecisionMaker : null;
        return new ExtractCase(
            identifiers,
            status,
            s.Imported ? s.DecisionMakingOrg : decidedByCentre,
            HtcdsValues.ExploitationTypesOf(forms),
            HtcdsValues.SexExploitationTypesOf(forms, Split(s.SexExploitationTypes)),
            s.ForcedLabourIndustry,
            HtcdsValues.RecruitmentMethodsOf(new[] { s.RecruitmentMethod }.OfType<string>().Concat(Split(s.FurtherRecruitmentMethods))),
            HtcdsValues.MethodsOfControlOf(codes(CaseCodeFields.MethodOfControl).Order(StringComparer.Ordinal)),
            s.ExploitationFrom?.Year,
            [.. codes(CaseCodeFields.ExploitationCountry).Order(StringComparer.Ordinal)],
            HtcdsValues.CaseStatusOf(s.Status, s.ClosureReason, s.FollowUp),
            HtcdsValues.SupportTypesOf(serviceTypes),
            s.Consent);
    }

    private static IEnumerable<string> Split(string? joined) =>
        (joined ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
