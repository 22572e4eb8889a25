namespace TraffickingCare.Domain.Reports;

/// <summary>
/// The tables of the cell contract (STATISTICS.md) with their fixed rows, and the sums between them that the
/// small-cell rule protects. Keys are stable across languages and versions: never rename one once published.
/// </summary>
public static class ReportTables
{
    public const string Summary = "summary";
    public const string BySex = "identified_by_sex";
    public const string ByAgeGroup = "identified_by_age_group";
    public const string ByAgeBand = "identified_by_age_band";
    public const string ByCitizenship = "identified_by_citizenship";
    public const string ByCitizenshipCountry = "identified_by_citizenship_country";
    public const string ByExploitationAny = "identified_by_exploitation_any";
    public const string ByExploitationExclusive = "identified_by_exploitation_exclusive";
    public const string ByScope = "identified_by_scope";
    public const string ByService = "identified_by_service";
    public const string ReferralsBySector = "referrals_by_sector";
    public const string ReferralsByOutcome = "referrals_by_outcome";
    public const string ReferralsOpenedBySector = "referrals_opened_by_sector";
    public const string ReferralsIdentifiedBySector = "referrals_identified_by_sector";
    public const string ReferralsByRegion = "referrals_by_region";
    public const string ReferralsByMonth = "referrals_by_month";
    public const string CasesByDaysToDecision = "cases_by_days_to_decision";

    public const string Referrals = "referrals";
    public const string PresumedVictims = "presumed_victims";
    public const string IdentifiedVictims = "identified_victims";

    /// <summary>The row of a code-list table for a person or referral without the code.</summary>
    public const string Unknown = "Unknown";

    public const string Domestic = "domestic";
    public const string Foreign = "foreign";

    /// <summary>The lower-case "unknown" of the contract's own rows (citizenship, countries, age).</summary>
    public const string UnknownLower = "unknown";

    /// <summary>The Centre's country: a person holding this citizenship, among others or alone, is domestic.</summary>
    public const string DomesticCountry = "RS";

    public static readonly IReadOnlyList<string> SummaryRows = [Referrals, PresumedVictims, IdentifiedVictims];

    public static readonly IReadOnlyList<string> CitizenshipRows = [Domestic, Foreign, UnknownLower];

    public static readonly IReadOnlyList<string> ScopeRows = ["Internal", "Transnational", Unknown];

    public static readonly IReadOnlyList<string> OutcomeRows = ReferralOutcomes.All;

    /// <summary>The months of <see cref="ReferralsByMonth"/>: "01" to "12".</summary>
    public static readonly IReadOnlyList<string> MonthRows = [.. Enumerable.Range(1, 12).Select(m => m.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>
    /// The sums a reader could subtract from: each table that partitions the identified victims (or the referrals)
    /// adds up to the summary's total (referrals by sector, outcome, region and month too); the identified referrals by
    /// sector add up to the outcome "identified"; age bands add up to their age groups; presumed victims are the pending and
    /// suspended referrals. Tables where a person counts more than once (any category, countries, services) add up
    /// to nothing and are protected by the threshold alone; so do the cases opened by sector (no total is published)
    /// and the cases by days to decision.
    /// </summary>
    public static IEnumerable<CellSum> Sums(IReadOnlyCollection<ReportCell> cells)
    {
        IReadOnlyList<(string, string)> RowsOf(string table) =>
            [.. cells.Where(c => c.Table == table).Select(c => c.Row).Distinct().Select(r => (table, r))];

        foreach (var table in new[] { BySex, ByAgeGroup, ByAgeBand, ByCitizenship, ByExploitationExclusive, ByScope })
        {
            yield return new CellSum(Summary, IdentifiedVictims, RowsOf(table));
        }

        yield return new CellSum(Summary, Referrals, RowsOf(ReferralsBySector));
        yield return new CellSum(Summary, Referrals, RowsOf(ReferralsByOutcome));
        yield return new CellSum(Summary, Referrals, RowsOf(ReferralsByRegion));
        yield return new CellSum(Summary, Referrals, RowsOf(ReferralsByMonth));
        yield return new CellSum(ReferralsByOutcome, ReferralOutcomes.Identified, RowsOf(ReferralsIdentifiedBySector));
        yield return new CellSum(Summary, PresumedVictims, [(ReferralsByOutcome, ReferralOutcomes.Pending), (ReferralsByOutcome, ReferralOutcomes.Suspended)]);
        foreach (var group in AgeBands.Groups)
        {
            yield return new CellSum(ByAgeGroup, group, [.. AgeBands.BandsOf(group).Select(b => (ByAgeBand, b))]);
        }

        // The tables of the Centre's work (shelter, trainings) protect their own sums.
        foreach (var sum in WorkTables.Sums(cells))
        {
            yield return sum;
        }
    }
}
