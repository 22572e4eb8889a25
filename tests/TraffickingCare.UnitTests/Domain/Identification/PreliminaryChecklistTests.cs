using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.UnitTests.Domain.Identification;

public sealed class PreliminaryChecklistTests
{
    private static IdentificationIndicator Indicator(string code, IndicatorGroup group, int version = 1) =>
        IdentificationIndicator.Introduce(code, version, group, 10, new CodeListLabels(code, code, code));

    private static readonly IdentificationIndicator[] SetOne =
    [
        Indicator("DeceptiveOffer", IndicatorGroup.Recruitment),
        Indicator("DocumentsWithheld", IndicatorGroup.MeansOfControl),
        Indicator("ForcedLabour", IndicatorGroup.Exploitation),
        Indicator("UnaccompaniedChild", IndicatorGroup.ChildSpecific),
    ];

    [Fact]
    public void An_indicator_added_in_a_later_set_never_appears_in_an_older_checklist()
    {
        var later = Indicator("RecruitedOnline", IndicatorGroup.Recruitment, version: 2);

        var old = PreliminaryChecklist.Start(Guid.CreateVersion7(), 1, [.. SetOne, later]);
        var current = PreliminaryChecklist.Start(Guid.CreateVersion7(), 2, [.. SetOne, later]);

        Assert.DoesNotContain(old.Responses, r => r.IndicatorCode == "RecruitedOnline");
        Assert.Contains(current.Responses, r => r.IndicatorCode == "RecruitedOnline");
    }

    [Fact]
    public void A_retired_indicator_is_still_shown_by_checklists_of_the_sets_that_asked_it()
    {
        var retired = Indicator("ScriptedAccount", IndicatorGroup.General);
        retired.Retire(2);

        Assert.True(retired.IsAskedIn(1));
        Assert.False(retired.IsAskedIn(2));
    }

    [Fact]
    public void An_adult_needs_act_means_and_purpose_for_the_recommendation()
    {
        var checklist = PreliminaryChecklist.Start(Guid.CreateVersion7(), 1, SetOne);
        checklist.Answer("DeceptiveOffer", IndicatorAnswer.Present, "Intervju", null);
        checklist.Answer("ForcedLabour", IndicatorAnswer.Present, "Intervju", null);

        Assert.False(checklist.Summary(isChild: false).RecommendsPresumedVictim);

        checklist.Answer("DocumentsWithheld", IndicatorAnswer.Present, "Policija", null);
        var summary = checklist.Summary(isChild: false);
        Assert.True(summary.Act && summary.Means && summary.Purpose);
        Assert.True(summary.RecommendsPresumedVictim);
    }

    [Fact]
    public void For_a_child_act_and_purpose_suffice()
    {
        var checklist = PreliminaryChecklist.Start(Guid.CreateVersion7(), 1, SetOne);
        checklist.Answer("DeceptiveOffer", IndicatorAnswer.Present, null, null);
        checklist.Answer("ForcedLabour", IndicatorAnswer.Present, null, null);

        Assert.True(checklist.Summary(isChild: true).RecommendsPresumedVictim);
        checklist.Answer("UnaccompaniedChild", IndicatorAnswer.Present, null, null);
        Assert.True(checklist.Summary(isChild: false).Child);
    }

    [Fact]
    public void A_completed_checklist_is_closed_and_dated()
    {
        var checklist = PreliminaryChecklist.Start(Guid.CreateVersion7(), 1, SetOne);
        Assert.Equal("Identification.Errors.NothingAnswered", Assert.Throws<DomainException>(() => checklist.Complete("radnik", new DateOnly(2026, 3, 1))).ResourceKey);
        checklist.Answer("ForcedLabour", IndicatorAnswer.Present, null, null);

        checklist.Complete("radnik", new DateOnly(2026, 3, 1));

        Assert.Equal(new DateOnly(2026, 3, 1), checklist.CompletedOn);
        Assert.Equal("Identification.Errors.ChecklistCompleted", Assert.Throws<DomainException>(() => checklist.Answer("ForcedLabour", IndicatorAnswer.Absent, null, null)).ResourceKey);
    }
}
