using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Activity;

public sealed class LocalTeamTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();

    [Fact]
    public void The_coordinator_works_at_a_member_institution()
    {
        var error = Assert.Throws<DomainException>(() =>
            LocalTeam.Form(new("RS-SMEDEREVO", LocalTeamStatus.Active, [School], "Koordinatorka Tima", Police), "u1", Now));

        Assert.Equal("Activity.Errors.CoordinatorInstitution", error.Message);
        Assert.Equal("Activity.Errors.CoordinatorInstitution", Assert.Throws<DomainException>(() =>
            LocalTeam.Form(new("RS-SMEDEREVO", LocalTeamStatus.Active, [School], "Koordinatorka Tima", null), "u1", Now)).Message);
    }

    [Fact]
    public void An_institution_that_leaves_is_kept_as_removed()
    {
        var team = LocalTeam.Form(new("RS-SMEDEREVO", LocalTeamStatus.Active, [School, Police], null, null), "u1", Now);

        team.Change(new("RS-SMEDEREVO", LocalTeamStatus.BeingReestablished, [Police], null, null), "u1", Now);

        Assert.Equal(Police, Assert.Single(team.Members).PartnerId);
        Assert.Equal(LocalTeamStatus.BeingReestablished, team.Status);
    }

    [Theory]
    [InlineData(-3, "Activity.Errors.NegativeCount")]
    [InlineData(0, "Activity.Errors.MeetingParticipants")]
    [InlineData(501, "Activity.Errors.MeetingParticipants")]
    public void A_meeting_has_people_at_it(int participants, string key)
    {
        var team = LocalTeam.Form(new("RS-SMEDEREVO", LocalTeamStatus.Active, [School], null, null), "u1", Now);

        Assert.Equal(key, Assert.Throws<DomainException>(() => team.RecordMeeting(Today, participants, null, Today)).Message);
    }

    [Fact]
    public void A_removed_meeting_no_longer_counts()
    {
        var team = LocalTeam.Form(new("RS-SMEDEREVO", LocalTeamStatus.Active, [School], null, null), "u1", Now);
        var meeting = team.RecordMeeting(Today, 12, "Zaključci", Today);

        team.RemoveMeeting(meeting.Id, "u1", Now);

        Assert.Empty(team.Meetings);
        Assert.Equal("Activity.Errors.MeetingGone", Assert.Throws<DomainException>(() => team.RemoveMeeting(meeting.Id, "u1", Now)).Message);
    }

    [Theory]
    [InlineData("RS-SMEDEREVO", "JUZNA-ISTOCNA-SRBIJA")]
    [InlineData("RS-KRALJEVO", "SUMADIJA-ZAPADNA-SRBIJA")]
    [InlineData("RS-NOVI-SAD", "VOJVODINA")]
    [InlineData("RS-NEW-PLACE", MunicipalityRegions.Unknown)]
    [InlineData(null, MunicipalityRegions.Unknown)]
    public void A_municipality_belongs_to_its_region(string? municipality, string region) =>
        Assert.Equal(region, MunicipalityRegions.Of(municipality));

    [Theory]
    [InlineData("Prosecution", "Judiciary")]
    [InlineData("Court", "Judiciary")]
    [InlineData("SocialWorkCentre", "SocialProtection")]
    [InlineData("EmploymentService", "Other")]
    [InlineData("Family", TrainedSectors.None)]
    [InlineData(null, TrainedSectors.None)]
    public void A_referrer_belongs_to_the_sector_it_is_trained_as(string? referrer, string trained) =>
        Assert.Equal(trained, TrainedSectors.Of(referrer));
}
