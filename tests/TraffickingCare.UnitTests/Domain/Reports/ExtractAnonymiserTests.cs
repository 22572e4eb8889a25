using TraffickingCare.Domain.Reports;

namespace TraffickingCare.UnitTests.Domain.Reports;

/// <summary>k-anonymity of the partners' extract at its edges: exactly k, k − 1, the order of the steps, everything withheld.</summary>
public sealed class ExtractAnonymiserTests
{
    private const int K = 5;

    private static ExtractQuasiIdentifiers Person(string sex = "Feminine", string band = "18-20", string citizenship = "RS", string municipality = "RS-NIS") =>
        new(sex, band, citizenship, municipality, 2025, ExploitationCategories.Sexual);

    private static ExtractOutcome<ExtractQuasiIdentifiers> Apply(IEnumerable<ExtractQuasiIdentifiers> rows, int k = K) =>
        ExtractAnonymiser.Apply([.. rows], r => r, k);

    private static IEnumerable<ExtractQuasiIdentifiers> Times(int count, ExtractQuasiIdentifiers person) => Enumerable.Repeat(person, count);

    [Fact]
    public void A_group_of_exactly_k_is_kept_as_recorded()
    {
        var outcome = Apply(Times(K, Person()));

        Assert.Equal(new ExtractSummary(K, ExtractGeneralisation.None, K, 0), outcome.Summary);
        Assert.All(outcome.Rows, r => Assert.Equal(Person(), r.Shown));
    }

    [Fact]
    public void A_group_of_k_less_one_that_no_step_can_grow_is_withheld_whole_and_nothing_is_coarsened()
    {
        var outcome = Apply(Times(K - 1, Person()));

        Assert.Empty(outcome.Rows);
        Assert.Equal(new ExtractSummary(K, ExtractGeneralisation.None, K - 1, K - 1), outcome.Summary);
    }

    [Fact]
    public void The_municipality_is_withheld_first_and_nothing_more_when_that_suffices()
    {
        var outcome = Apply([.. Times(3, Person(municipality: "RS-NIS")), .. Times(2, Person(municipality: "RS-BEOGRAD"))]);

        Assert.Equal(ExtractGeneralisation.Municipality, outcome.Summary.Generalisation);
        Assert.Equal(0, outcome.Summary.Withheld);
        Assert.All(outcome.Rows, r => Assert.Equal(Person(municipality: "*"), r.Shown));
    }

    [Fact]
    public void The_citizenship_is_generalised_second_to_domestic_or_foreign_with_dual_citizens_domestic()
    {
        var outcome = Apply([.. Times(2, Person(citizenship: "BA", municipality: "A")), .. Times(3, Person(citizenship: "AL", municipality: "B")),
            .. Times(2, Person(citizenship: "BA;RS")), .. Times(3, Person(citizenship: "RS"))]);

        Assert.Equal(ExtractGeneralisation.Citizenship, outcome.Summary.Generalisation);
        Assert.Equal(10, outcome.Rows.Count);
        Assert.Equal(5, outcome.Rows.Count(r => r.Shown == Person(citizenship: "*", municipality: "*")));
        Assert.Equal(5, outcome.Rows.Count(r => r.Shown == Person(citizenship: "RS", municipality: "*")));
    }

    [Fact]
    public void The_age_band_is_widened_last_keeping_children_apart_from_adults()
    {
        var outcome = Apply([.. Times(3, Person(band: "18-20")), .. Times(2, Person(band: "27-29")), .. Times(4, Person(band: "9-17")), Person(band: "0-8")]);

        Assert.Equal(ExtractGeneralisation.AgeBand, outcome.Summary.Generalisation);
        Assert.Equal(0, outcome.Summary.Withheld);
        Assert.Equal(5, outcome.Rows.Count(r => r.Shown.AgeBand == "18-29"));
        Assert.Equal(5, outcome.Rows.Count(r => r.Shown.AgeBand == "0-17"));
        Assert.All(outcome.Rows, r => Assert.Equal("*", r.Shown.Municipality));
    }

    [Fact]
    public void A_lone_row_no_step_would_save_is_withheld_without_coarsening_the_others()
    {
        var outcome = Apply([.. Times(K, Person()), Person(sex: "NonSpecifiedUnknown")]);

        Assert.Equal(new ExtractSummary(K, ExtractGeneralisation.None, K + 1, 1), outcome.Summary);
        Assert.All(outcome.Rows, r => Assert.Equal(Person(), r.Shown));
    }

    [Fact]
    public void Rows_still_in_groups_smaller_than_k_after_every_step_are_withheld_and_the_rest_kept()
    {
        var outcome = Apply([.. Times(4, Person(band: "18-20", municipality: "A")), Person(band: "21-23", municipality: "B"), .. Times(2, Person(sex: "Masculine"))]);

        Assert.Equal(ExtractGeneralisation.AgeBand, outcome.Summary.Generalisation);
        Assert.Equal(2, outcome.Summary.Withheld);
        Assert.Equal(5, outcome.Summary.Kept);
        Assert.DoesNotContain(outcome.Rows, r => r.Shown.Sex == "Masculine");
    }

    [Fact]
    public void With_k_above_every_group_everything_is_withheld()
    {
        var outcome = Apply(Times(10, Person()), k: 11);

        Assert.Empty(outcome.Rows);
        Assert.Equal(10, outcome.Summary.Withheld);
    }

    [Fact]
    public void No_cases_make_an_empty_extract()
    {
        Assert.Equal(new ExtractSummary(K, ExtractGeneralisation.None, 0, 0), Apply([]).Summary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(101)]
    public void A_k_outside_two_to_a_hundred_is_refused(int k)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Apply(Times(3, Person()), k));
    }
}
