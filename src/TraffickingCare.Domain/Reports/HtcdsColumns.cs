namespace TraffickingCare.Domain.Reports;

/// <summary>
/// The column names of IMPORT-FORMAT.md: HTCDS v2.0 field names (<c>prs_</c>, <c>vic_</c>, <c>hte_</c>, <c>cas_</c>,
/// <c>spl_</c>, <c>con_</c>) and the product's own (<c>x_</c>). The import reads them; the partners' extract writes
/// the non-identifying ones back. Never renamed: partners' spreadsheets depend on them.
/// </summary>
public static class HtcdsColumns
{
    public const string CaseId = "x_CaseId";
    public const string FirstName = "prs_FirstName";
    public const string SecondName = "prs_SecondName";
    public const string Birthdate = "prs_Birthdate";
    public const string Gender = "prs_Gender";
    public const string Citizenship = "prs_Citizenship";
    public const string TraffickingStatus = "vic_TraffickingStatus";
    public const string DecisionMakingOrg = "vic_TraffickingStatusDecisionMakingOrg";
    public const string AgeWhenTrafficked = "vic_AgeWhenTrafficked";
    public const string TypeOfExploitation = "vic_TypeOfExploitation";
    public const string TypeOfSexExploitation = "vic_TypeOfSexExploitation";
    public const string ForcedLabourIndustry = "vic_ForcedLabourIndustry";
    public const string MethodOfRecruitment = "vic_MethodOfRecruitment";
    public const string MethodsOfControl = "vic_MethodsOfControl";
    public const string ExploitationDate = "hte_Date";
    public const string ExploitationCountry = "hte_Country";
    public const string CaseStatus = "cas_Status";
    public const string ReferringOrganisation = "cas_ReferringOrganisation";
    public const string ReferralDate = "cas_IncomingReferralDate";
    public const string SupportType = "spl_Type";
    public const string Consent = "con_Consent";
    public const string ReferrerSector = "x_ReferrerSector";
    public const string Decision = "x_IdentificationDecision";
    public const string DecisionDate = "x_IdentificationDecisionDate";
    public const string Scope = "x_TraffickingScope";

    /// <summary>HTCDS's "mailing city": the extract's municipality (a quasi-identifier the issue names).</summary>
    public const string MailingCity = "prs_MailingCity";

    /// <summary>The extract's own row id: random for every download, never derived from a case.</summary>
    public const string RowId = "RowId";
}
