using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>The columns of IMPORT-FORMAT.md (the contract, named once in <see cref="HtcdsColumns"/>), the code list each code column is checked against, and the fixed HTCDS value sets.</summary>
public static class ImportColumns
{
    public const string CaseId = HtcdsColumns.CaseId;
    public const string FirstName = HtcdsColumns.FirstName;
    public const string SecondName = HtcdsColumns.SecondName;
    public const string Birthdate = HtcdsColumns.Birthdate;
    public const string Gender = HtcdsColumns.Gender;
    public const string Citizenship = HtcdsColumns.Citizenship;
    public const string TraffickingStatus = HtcdsColumns.TraffickingStatus;
    public const string DecisionMakingOrg = HtcdsColumns.DecisionMakingOrg;
    public const string AgeWhenTrafficked = HtcdsColumns.AgeWhenTrafficked;
    public const string TypeOfExploitation = HtcdsColumns.TypeOfExploitation;
    public const string TypeOfSexExploitation = HtcdsColumns.TypeOfSexExploitation;
    public const string ForcedLabourIndustry = HtcdsColumns.ForcedLabourIndustry;
    public const string MethodOfRecruitment = HtcdsColumns.MethodOfRecruitment;
    public const string MethodsOfControl = HtcdsColumns.MethodsOfControl;
    public const string ExploitationDate = HtcdsColumns.ExploitationDate;
    public const string ExploitationCountry = HtcdsColumns.ExploitationCountry;
    public const string CaseStatus = HtcdsColumns.CaseStatus;
    public const string ReferringOrganisation = HtcdsColumns.ReferringOrganisation;
    public const string ReferralDate = HtcdsColumns.ReferralDate;
    public const string SupportType = HtcdsColumns.SupportType;
    public const string Consent = HtcdsColumns.Consent;
    public const string ReferrerSector = HtcdsColumns.ReferrerSector;
    public const string Decision = HtcdsColumns.Decision;
    public const string DecisionDate = HtcdsColumns.DecisionDate;
    public const string Scope = HtcdsColumns.Scope;

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

    public const string PossibleVictim = HtcdsValues.PossibleVictim;
    public const string ActualVictim = HtcdsValues.ActualVictim;
    public const string NotAVictim = HtcdsValues.NotAVictim;

    /// <summary>HTCDS-only columns: HTCDS's own value names, fixed.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> FixedValues = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [TraffickingStatus] = HtcdsValues.TraffickingStatuses,
        [DecisionMakingOrg] = Set("Police", "NGO", "CourtOrProsecution", "NonPoliceGovernmentalOrganization", "Other"),
        [TypeOfSexExploitation] = HtcdsValues.SexExploitationTypes,
        [ForcedLabourIndustry] = Set(
            "A_AgricultureForestryAndFishing", "B_MiningAndQuarrying", "C_Manufacturing", "D_ElectricityGasSteamAndAirConditioningSupply",
            "E_WaterSupplySewerageWasteManagement", "F_Construction", "G_WholesaleAndRetailTradeRepairOfMotorVehicles", "H_TransportationAndStorage",
            "I_AccommodationAndFoodServiceActivities", "J_InformationAndCommunication", "K_FinancialAndInsuranceActivities", "L_RealEstateActivities",
            "M_ProfessionalScientificAndTechnicalActivities", "N_AdministrativeAndSupportServiceActivities", "O_PublicAdministrationAndDefence",
            "P_Education", "Q_HumanHealthAndSocialWorkActivities", "R_ArtsEntertainmentAndRecreation", "S_OtherServiceActivities",
            "T_ActivitiesOfHouseholdsAsEmployers", "U_ActivitiesOfExtraterritorialOrganizations"),
        [CaseStatus] = HtcdsValues.CaseStatuses,
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
