using TraffickingCare.Domain.Reports;

namespace TraffickingCare.UnitTests.Domain.Reports;

/// <summary>The small-cell rule of STATISTICS.md at its edges, with the default threshold 3.</summary>
public sealed class CellSuppressionTests
{
    private const int Year = 2025;

    private static IReadOnlyDictionary<CellKey, string> Apply(params ReportCell[] cells) =>
        CellSuppression.Apply(cells, 3, ReportTables.Sums(cells));

    private static ReportCell Summary(string row, int value) => new(ReportTables.Summary, row, Year, value);

    private static ReportCell Sex(string row, int value) => new(ReportTables.BySex, row, Year, value);

    private static string Shown(IReadOnlyDictionary<CellKey, string> shown, string table, string row) => shown[new CellKey(table, row, Year)];

    [Fact]
    public void Counts_from_one_to_the_threshold_less_one_are_shown_as_below_it_and_zero_stays_zero()
    {
        var shown = Apply(Summary(ReportTables.Referrals, 0), Summary(ReportTables.PresumedVictims, 1), Summary(ReportTables.IdentifiedVictims, 2));

        Assert.Equal("0", Shown(shown, ReportTables.Summary, ReportTables.Referrals));
        Assert.Equal("<3", Shown(shown, ReportTables.Summary, ReportTables.PresumedVictims));
        Assert.Equal("<3", Shown(shown, ReportTables.Summary, ReportTables.IdentifiedVictims));
        Assert.Equal("3", CellSuppression.Apply([Summary(ReportTables.Referrals, 3)], 3, [])[new CellKey(ReportTables.Summary, ReportTables.Referrals, Year)]);
    }

    [Fact]
    public void A_lone_small_cell_in_a_table_that_adds_up_to_a_published_total_hides_the_smallest_other_non_zero_cell()
    {
        // 10 identified: 6 women, 3 men, 1 unknown — the 1 could be worked out as 10 − 6 − 3.
        var shown = Apply(Summary(ReportTables.IdentifiedVictims, 10), Sex("Feminine", 6), Sex("Masculine", 3), Sex("NonSpecifiedUnknown", 0), Sex(ReportTables.Unknown, 1));

        Assert.Equal("<3", Shown(shown, ReportTables.BySex, ReportTables.Unknown));
        Assert.Equal("x", Shown(shown, ReportTables.BySex, "Masculine"));
        Assert.Equal("6", Shown(shown, ReportTables.BySex, "Feminine"));
        Assert.Equal("0", Shown(shown, ReportTables.BySex, "NonSpecifiedUnknown"));
        Assert.Equal("10", Shown(shown, ReportTables.Summary, ReportTables.IdentifiedVictims));
    }

    [Fact]
    public void Two_small_cells_protect_each_other_and_nothing_more_is_hidden()
    {
        var shown = Apply(Summary(ReportTables.IdentifiedVictims, 10), Sex("Feminine", 7), Sex("Masculine", 2), Sex(ReportTables.Unknown, 1));

        Assert.Equal(["7", "<3", "<3"], new[] { "Feminine", "Masculine", ReportTables.Unknown }.Select(r => Shown(shown, ReportTables.BySex, r)));
    }

    [Fact]
    public void A_total_that_is_itself_small_needs_no_second_cell()
    {
        var shown = Apply(Summary(ReportTables.IdentifiedVictims, 2), Sex("Feminine", 2), Sex("Masculine", 0));

        Assert.Equal("<3", Shown(shown, ReportTables.BySex, "Feminine"));
        Assert.Equal("0", Shown(shown, ReportTables.BySex, "Masculine"));
    }

    [Fact]
    public void Hiding_spreads_across_linked_tables_age_bands_within_age_groups()
    {
        // Groups: child 5, adult 20 of 25. Bands of the children: 0-8 has 1, 9-17 has 4 — without a second
        // cell the 1 is 5 − 4. The groups themselves show exactly, so the band 9-17 must be hidden.
        var cells = new List<ReportCell>
        {
            Summary(ReportTables.IdentifiedVictims, 25),
            new(ReportTables.ByAgeGroup, AgeBands.Child, Year, 5),
            new(ReportTables.ByAgeGroup, AgeBands.Adult, Year, 20),
            new(ReportTables.ByAgeGroup, AgeBands.Unknown, Year, 0),
        };
        cells.AddRange(AgeBands.All.Select(b => new ReportCell(ReportTables.ByAgeBand, b, Year, b switch { "0-8" => 1, "9-17" => 4, "18-20" => 20, _ => 0 })));

        var shown = Apply([.. cells]);

        Assert.Equal("<3", Shown(shown, ReportTables.ByAgeBand, "0-8"));
        Assert.Equal("x", Shown(shown, ReportTables.ByAgeBand, "9-17"));
        Assert.Equal("20", Shown(shown, ReportTables.ByAgeBand, "18-20"));
        Assert.Equal("5", Shown(shown, ReportTables.ByAgeGroup, AgeBands.Child));
    }

    [Fact]
    public void Presumed_victims_protect_the_pending_and_suspended_outcomes_they_add_up_from()
    {
        var cells = ReferralOutcomes.All.Select(o => new ReportCell(ReportTables.ReferralsByOutcome, o, Year, o switch
        {
            ReferralOutcomes.Pending => 9,
            ReferralOutcomes.Suspended => 1,
            ReferralOutcomes.Identified => 10,
            _ => 0,
        })).Append(Summary(ReportTables.Referrals, 20)).Append(Summary(ReportTables.PresumedVictims, 10)).ToArray();

        var shown = Apply(cells);

        Assert.Equal("<3", Shown(shown, ReportTables.ReferralsByOutcome, ReferralOutcomes.Suspended));
        Assert.Equal("x", Shown(shown, ReportTables.ReferralsByOutcome, ReferralOutcomes.Pending));
        Assert.Equal("10", Shown(shown, ReportTables.ReferralsByOutcome, ReferralOutcomes.Identified));
    }

    [Fact]
    public void A_table_where_a_person_counts_more_than_once_is_protected_by_the_threshold_alone()
    {
        var shown = Apply(
            Summary(ReportTables.IdentifiedVictims, 10),
            new(ReportTables.ByExploitationAny, ExploitationCategories.Sexual, Year, 9),
            new(ReportTables.ByExploitationAny, ExploitationCategories.Labour, Year, 2));

        Assert.Equal("9", Shown(shown, ReportTables.ByExploitationAny, ExploitationCategories.Sexual));
        Assert.Equal("<3", Shown(shown, ReportTables.ByExploitationAny, ExploitationCategories.Labour));
    }
}
