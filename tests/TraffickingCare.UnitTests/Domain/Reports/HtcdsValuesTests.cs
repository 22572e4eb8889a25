using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.UnitTests.Domain.Reports;

/// <summary>The product's codes mapped back to HTCDS value names for the partners' extract.</summary>
public sealed class HtcdsValuesTests
{
    [Fact]
    public void Forced_criminality_and_unknown_forms_become_other_and_pornography_sexual_exploitation()
    {
        Assert.Equal(["Other", "SexualExploitation", "ChildLabour"], HtcdsValues.ExploitationTypesOf(["ForcedCriminality", "Pornography", "SexualExploitation", "ChildLabour", "Something"]));
    }

    [Fact]
    public void Pornography_is_named_among_the_types_of_sexual_exploitation_once()
    {
        Assert.Equal(["Prostitution", "Pornography"], HtcdsValues.SexExploitationTypesOf(["Pornography"], ["Prostitution", "Pornography"]));
    }

    [Fact]
    public void The_centres_own_recruitment_methods_become_other()
    {
        Assert.Equal(["Other", "AtWork"], HtcdsValues.RecruitmentMethodsOf(["FalseJobOffer", "IntimatePartner", "AtWork"]));
    }

    [Fact]
    public void Service_types_without_an_htcds_support_plan_value_are_left_out()
    {
        Assert.Equal(["Legal", "Livelihood", "SocialCare"], HtcdsValues.SupportTypesOf(["Psychological", "SocialCare", "Escort", "Legal", "Livelihood", "Legal", "Other"]));
    }

    [Theory]
    [InlineData(CaseStatus.IdentifiedVictim, "ActualVictimOfTrafficking")]
    [InlineData(CaseStatus.NotIdentified, "NotAVictimOfTrafficking")]
    [InlineData(CaseStatus.Rejected, "NotAVictimOfTrafficking")]
    [InlineData(CaseStatus.Suspended, "PossibleVictimOfTrafficking")]
    [InlineData(CaseStatus.PresumedVictim, "PossibleVictimOfTrafficking")]
    [InlineData(null, "PossibleVictimOfTrafficking")]
    public void The_trafficking_status_follows_the_decision_as_it_stands(CaseStatus? decided, string status)
    {
        Assert.Equal(status, HtcdsValues.TraffickingStatusOf(decided));
    }

    [Theory]
    [InlineData(CaseStatus.PresumedVictim, null, false, "Active")]
    [InlineData(CaseStatus.Closed, "Transferred", false, "ClosedReferred")]
    [InlineData(CaseStatus.Closed, "GoalsReached", false, "Closed")]
    [InlineData(CaseStatus.Closed, "GoalsReached", true, "FollowUp")]
    public void The_case_status_is_htcds_s(CaseStatus status, string? reason, bool followUp, string expected)
    {
        Assert.Equal(expected, HtcdsValues.CaseStatusOf(status, reason, followUp));
    }

    [Fact]
    public void Wider_age_bands_add_up_the_reports_bands()
    {
        Assert.Equal(["0-17", "0-17", "18-29", "18-29", "30+", "30+", "unknown"], new[] { "0-8", "9-17", "18-20", "27-29", "30-38", "48+", "unknown" }.Select(ExtractQuasiIdentifiers.WiderBand));
    }
}
