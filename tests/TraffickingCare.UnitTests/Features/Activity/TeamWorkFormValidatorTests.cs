using Microsoft.Extensions.Time.Testing;
using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.UnitTests.Features.Activity;

/// <summary>The meeting and support forms of a team's page: each refusal names its own message.</summary>
public sealed class TeamWorkFormValidatorTests
{
    private static readonly CentreClock Clock = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)));
    private readonly MeetingFormValidator meetings = new(new KeyLocalizer(), Clock);
    private readonly SupportFormValidator support = new(new KeyLocalizer(), Clock);

    [Theory]
    [InlineData(null, "Activity.Errors.NoParticipants")]
    [InlineData(-1, "Activity.Errors.NegativeCount")]
    [InlineData(0, "Activity.Errors.MeetingParticipants")]
    [InlineData(501, "Activity.Errors.MeetingParticipants")]
    public void A_meeting_has_from_one_to_five_hundred_participants(int? participants, string message)
    {
        var error = Assert.Single(meetings.Validate(new MeetingForm { HeldOn = "30.11.2026.", Participants = participants }).Errors);

        Assert.Equal(nameof(MeetingForm.Participants), error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData("01.01.2000.", true)]
    [InlineData("31.12.1999.", false)]
    [InlineData("30.11.2027.", true)]
    [InlineData("01.12.2027.", false)]
    [InlineData("30.02.2026.", false)]
    [InlineData("", false)]
    public void A_meeting_date_runs_from_2000_to_a_year_ahead(string heldOn, bool valid)
    {
        var result = meetings.Validate(new MeetingForm { HeldOn = heldOn, Participants = 5 });

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Activity.Errors.HeldOn", e.ErrorMessage));
    }

    [Theory]
    [InlineData("", "Activity.Errors.SupportKind")]
    [InlineData("2", "Activity.Errors.SupportKind")]
    [InlineData("Bribe", "Activity.Errors.SupportKind")]
    public void Support_names_a_kind_of_the_list(string kind, string message)
    {
        var error = Assert.Single(support.Validate(new SupportForm { GivenOn = "01.11.2026.", Kind = kind }).Errors);

        Assert.Equal(nameof(SupportForm.Kind), error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Complete_support_is_valid()
    {
        Assert.True(support.Validate(new SupportForm { GivenOn = "01.11.2026.", Kind = "Mentoring", Note = "Plan rada." }).IsValid);
    }
}
