using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Activity.AwarenessEvents;
using TraffickingCare.Web.Features.Activity.LocalTeams;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.UnitTests.Features.Activity;

/// <summary>
/// The event and team forms' rules that need no database (the code-list and directory checks are driven by the
/// integration tests): only the fields under test are validated, so no query runs.
/// </summary>
public sealed class ActivityFormValidatorTests
{
    private static readonly CentreClock Clock = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)));
    private static readonly string Member = Guid.NewGuid().ToString();
    private readonly AwarenessEventFormValidator events = new(new KeyLocalizer(), null!, Clock);
    private readonly LocalTeamFormValidator teams = new(new KeyLocalizer(), null!);

    [Theory]
    [InlineData(null, "Activity.EventsPage.PeopleReachedRequired")]
    [InlineData(-1, "Activity.Errors.NegativeCount")]
    [InlineData(10_000_001, "Activity.Errors.PeopleReached")]
    public void People_reached_is_an_estimate_from_zero(int? people, string message)
    {
        var result = events.Validate(new AwarenessEventForm { PeopleReached = people }, o => o.IncludeProperties(nameof(AwarenessEventForm.PeopleReached)));

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void Nobody_reached_is_a_valid_estimate()
    {
        Assert.True(events.Validate(new AwarenessEventForm { PeopleReached = 0 }, o => o.IncludeProperties(nameof(AwarenessEventForm.PeopleReached))).IsValid);
    }

    [Theory]
    [InlineData("", "Activity.Errors.EventKind")]
    [InlineData("4", "Activity.Errors.EventKind")]
    public void An_event_kind_left_empty_or_tampered_is_refused_with_the_forms_message(string kind, string message)
    {
        var result = events.Validate(new AwarenessEventForm { Kind = kind }, o => o.IncludeProperties(nameof(AwarenessEventForm.Kind)));

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("Koordinatorka Tima", "", nameof(LocalTeamForm.CoordinatorPartnerId), "Activity.TeamsPage.CoordinatorInstitutionMissing")]
    [InlineData("", "member", nameof(LocalTeamForm.CoordinatorName), "Activity.TeamsPage.CoordinatorNameMissing")]
    [InlineData("Koordinatorka Tima", "other", nameof(LocalTeamForm.CoordinatorPartnerId), "Activity.Errors.CoordinatorInstitution")]
    public void The_coordinator_is_named_with_a_member_institution_or_not_at_all(string name, string institution, string field, string message)
    {
        var form = new LocalTeamForm
        {
            MemberIds = [Member],
            CoordinatorName = name,
            CoordinatorPartnerId = institution switch { "member" => Member, "other" => Guid.NewGuid().ToString(), _ => institution },
        };

        var error = Assert.Single(Coordinator(form).Errors);

        Assert.Equal(field, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Koordinatorka Tima", "member")]
    public void Both_or_neither_is_valid_and_the_institution_matches_whatever_the_ids_case(string name, string institution)
    {
        var form = new LocalTeamForm { MemberIds = [Member], CoordinatorName = name, CoordinatorPartnerId = institution == "member" ? Member.ToUpperInvariant() : institution };

        Assert.True(Coordinator(form).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    public void A_team_status_left_empty_or_tampered_is_refused_with_the_forms_message(string status)
    {
        var result = teams.Validate(new LocalTeamForm { Status = status }, o => o.IncludeProperties(nameof(LocalTeamForm.Status)));

        Assert.Equal("Activity.Errors.TeamStatus", Assert.Single(result.Errors).ErrorMessage);
    }

    private FluentValidation.Results.ValidationResult Coordinator(LocalTeamForm form) =>
        teams.Validate(form, o => o.IncludeProperties(nameof(LocalTeamForm.CoordinatorName), nameof(LocalTeamForm.CoordinatorPartnerId)));
}
