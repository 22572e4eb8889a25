namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>The columns of IMPORT-FORMAT.md (the contract), the code list each code column is checked against, and the fixed HTCDS value sets.</summary>
public static class ImportColumns
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

    public static readonly IReadOnlyList<string> All =
    [
        CaseId, FirstName, SecondName, Birthdate, Gender, Citizenship, TraffickingStatus, DecisionMakingOrg, AgeWhenTrafficked,
        TypeOfExploitation, TypeOfSexExploitation, ForcedLabourIndustry, MethodOfRecruitment, MethodsOfControl, ExploitationDate,
        ExploitationCountry, CaseStatus, ReferringOrganisation, ReferralDate, SupportType, Consent, ReferrerSector, Decision,
        DecisionDate, Scope,
    ];

    /// <summary>The columns that name a person: their values never appear in a validation report.</summary>
    public static readonly IReadOnlySet<string> Identifying = new HashSet<string>([FirstName, SecondName, Birthdate], StringComparer.Ordinal);

    /// <summary>Code column → the product's code list its values must come from.</summary>
    public static readonly IReadOnlyDictionary<string, string> CodeLists = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Gender] = "Sex",
        [Citizenship] = "Citizenship",
        [TypeOfExploitation] = "ExploitationType",
        [MethodOfRecruitment] = "RecruitmentMethod",
        [MethodsOfControl] = "MethodOfControl",
        [ExploitationCountry] = "Citizenship",
        [SupportType] = "SupportType",
        [ReferrerSector] = "ReferrerSector",
        [Decision] = "IdentificationDecision",
    };

    public const string PossibleVictim = "PossibleVictimOfTrafficking";
    public const string ActualVictim = "ActualVictimOfTrafficking";
    public const string NotAVictim = "NotAVictimOfTrafficking";

    /// <summary>HTCDS-only columns: HTCDS's own value names, fixed.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> FixedValues = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [TraffickingStatus] = Set(PossibleVictim, ActualVictim, NotAVictim),
        [DecisionMakingOrg] = Set("Police", "NGO", "CourtOrProsecution", "NonPoliceGovernmentalOrganization", "Other"),
        [TypeOfSexExploitation] = Set("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"),
        [ForcedLabourIndustry] = Set(
            "A_AgricultureForestryAndFishing", "B_MiningAndQuarrying", "C_Manufacturing", "D_ElectricityGasSteamAndAirConditioningSupply",
            "E_WaterSupplySewerageWasteManagement", "F_Construction", "G_WholesaleAndRetailTradeRepairOfMotorVehicles", "H_TransportationAndStorage",
            "I_AccommodationAndFoodServiceActivities", "J_InformationAndCommunication", "K_FinancialAndInsuranceActivities", "L_RealEstateActivities",
            "M_ProfessionalScientificAndTechnicalActivities", "N_AdministrativeAndSupportServiceActivities", "O_PublicAdministrationAndDefence",
            "P_Education", "Q_HumanHealthAndSocialWorkActivities", "R_ArtsEntertainmentAndRecreation", "S_OtherServiceActivities",
            "T_ActivitiesOfHouseholdsAsEmployers", "U_ActivitiesOfExtraterritorialOrganizations"),
        [CaseStatus] = Set("Active", "FollowUp", "Closed", "ClosedReferred"),
        [Scope] = Set("Internal", "Transnational"),
    };

    /// <summary>Columns that may hold several values separated by ";".</summary>
    public static readonly IReadOnlySet<string> SeveralValued = Set(Citizenship, TypeOfExploitation, TypeOfSexExploitation, MethodOfRecruitment, MethodsOfControl, SupportType);

    /// <summary>The status column's value each decision must come with (IMPORT-FORMAT.md, "Consistency").</summary>
    public static string StatusOf(string? decision) => decision switch
    {
        "Identified" => ActualVictim,
        "NotIdentified" or "Rejected" => NotAVictim,
        _ => PossibleVictim,
    };

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
