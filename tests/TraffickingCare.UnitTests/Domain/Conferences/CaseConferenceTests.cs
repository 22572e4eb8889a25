using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.UnitTests.Domain.Conferences;

public sealed class CaseConferenceTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid School = Guid.NewGuid();

    private static ConferencePlan Plan(DateTime at, params string[] agenda) =>
        Plan(at, [.. (agenda.Length == 0 ? ["Obrazovanje", "Zdravlje"] : agenda).Select(title => new AgendaLine(title))]);

    private static ConferencePlan Plan(DateTime at, AgendaLine[] agenda) => new(
        at, 90, ConferencePlace.Institution, School, "chair",
        [new(ParticipantKind.Staff, UserId: "chair"), new(ParticipantKind.Partner, PartnerId: School, Role: "pedagog"), new(ParticipantKind.Other, Name: "Demo Rođak", Institution: null, Role: "staratelj")],
        agenda);

    private static CaseConference Scheduled(string? openItemsTitle = null) => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(2)), Now, openItemsTitle);

    private static void Refused(string key, Action action) => Assert.Equal(key, Assert.Throws<DomainException>(action).ResourceKey);

    private static ConferenceRecord Everyone(CaseConference conference, Attendance attendance, string? conclusions = null) =>
        new(conference.Participants.ToDictionary(p => p.Id, _ => attendance), new Dictionary<Guid, string?>(), conclusions, null);

    [Fact]
    public void A_conference_is_scheduled_ahead_with_a_place_a_chair_participants_and_an_agenda()
    {
        Refused("Conferences.Errors.InPast", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddMinutes(-1)), Now));
        Refused("Conferences.Errors.TooFar", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(400)), Now));
        Refused("Conferences.Errors.Place", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with { Place = ConferencePlace.Remote }, Now));
        Refused("Conferences.Errors.Place", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with { PlacePartnerId = null }, Now));
        Refused("Conferences.Errors.Duration", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with { DurationMinutes = 5 }, Now));
        Refused("Conferences.Errors.Agenda", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1), " "), Now));
        Refused("Conferences.Errors.Participants", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with { Participants = [] }, Now));
        Refused("Conferences.Errors.ParticipantRole", () => CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with { Participants = [new(ParticipantKind.Other, Name: "Demo Osoba")] }, Now));

        var conference = Scheduled();

        Assert.Equal(ConferenceStatus.Scheduled, conference.Status);
        Assert.Equal(["Obrazovanje", "Zdravlje"], conference.Agenda.OrderBy(a => a.Position).Select(a => a.Title));
        Assert.Equal(3, conference.Participants.Count);
        Assert.All(conference.Participants, p => Assert.Equal(Attendance.NotRecorded, p.Attendance));
    }

    [Fact]
    public void Only_staff_and_those_who_consented_may_be_named_in_the_minutes()
    {
        var conference = CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with
        {
            Participants = [new(ParticipantKind.Staff, UserId: "chair", ConsentToBeNamed: false), new(ParticipantKind.Other, Name: "Demo A", Role: "rođak", ConsentToBeNamed: true), new(ParticipantKind.Other, Name: "Demo B", Role: "komšija")],
        }, Now);

        Assert.Equal([true, true, false], conference.Participants.Select(p => p.MayBeNamed));
    }

    [Fact]
    public void Open_items_of_earlier_conferences_become_the_first_agenda_item_and_are_listed_earliest_due_first()
    {
        var earlier = Scheduled();
        var late = earlier.AddActionItem("Upis u školu", "radnik", null, Today.AddDays(20), Today);
        var soon = earlier.AddActionItem("Lekarski pregled", null, "Dom zdravlja, pedijatar", Today.AddDays(5), Today);
        var done = earlier.AddActionItem("Lična karta", "radnik", null, Today.AddDays(3), Today);
        earlier.SettleActionItem(done.Id, ActionItemStatus.Done, Today.AddDays(2));

        Assert.Equal([soon.Id, late.Id], CaseConference.OpenItems(earlier.ActionItems).Select(i => i.Id));
        Assert.True(done.DoneOnTime);

        var next = Scheduled("Otvoreni zadaci sa prethodne konferencije");
        var first = next.Agenda.OrderBy(a => a.Position).First();
        Assert.True(first.ReviewsOpenItems);
        Assert.Equal(3, next.Agenda.Count);

        // A reschedule keeps the review first and renames the rest in order.
        next.Reschedule(Plan(Now.AddDays(3), "Stanovanje"), Now);
        Assert.Equal(["Otvoreni zadaci sa prethodne konferencije", "Stanovanje"], next.Agenda.Where(a => !a.IsDeleted).OrderBy(a => a.Position).Select(a => a.Title));
    }

    [Fact]
    public void A_reschedule_keeps_each_agenda_items_notes_under_its_own_title_wherever_its_line_moved()
    {
        var conference = CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(2), "Stanovanje", "Zdravlje", "Škola", "Ostalo"), Now);
        var notes = conference.Agenda.Where(a => a.Title != "Ostalo").ToDictionary(a => a.Id, a => (string?)$"Beleška: {a.Title}");
        conference.Record(new(conference.Participants.ToDictionary(p => p.Id, _ => Attendance.NotRecorded), notes, null, null));

        // The first line deleted, a new one put first, the rest moved: each note stays under its title.
        conference.Reschedule(Plan(Now.AddDays(3), "Nova tačka", "Škola", "Stanovanje", "Zdravlje", "Ostalo i zaključci"), Now);

        var agenda = conference.Agenda.Where(a => !a.IsDeleted).OrderBy(a => a.Position).ToList();
        Assert.Equal(["Nova tačka", "Škola", "Stanovanje", "Zdravlje", "Ostalo i zaključci"], agenda.Select(a => a.Title));
        Assert.Equal([null, "Beleška: Škola", "Beleška: Stanovanje", "Beleška: Zdravlje", null], agenda.Select(a => a.Notes));
        Assert.Equal([0, 1, 2, 3, 4], agenda.Select(a => a.Position));
    }

    [Fact]
    public void An_agenda_item_with_notes_is_not_removed_nor_renamed_by_title_alone_and_the_refused_reschedule_changes_nothing()
    {
        var conference = CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(2), "Stanovanje", "Zdravlje"), Now);
        var housing = conference.Agenda.Single(a => a.Title == "Stanovanje");
        conference.Record(new(conference.Participants.ToDictionary(p => p.Id, _ => Attendance.NotRecorded), new Dictionary<Guid, string?> { [housing.Id] = "Smeštaj dogovoren" }, null, null));

        Refused("Conferences.Errors.AgendaItemHasNotes", () => conference.Reschedule(Plan(Now.AddDays(3), "Zdravlje"), Now));
        Refused("Conferences.Errors.AgendaItemHasNotes", () => conference.Reschedule(Plan(Now.AddDays(3), "Stanovanje i posao", "Zdravlje"), Now));
        var health = conference.Agenda.Single(a => a.Title == "Zdravlje");
        Refused("Conferences.Errors.AgendaItemHasNotes", () => conference.Reschedule(Plan(Now.AddDays(3), [new AgendaLine("Zdravlje", health.Id)]), Now));

        Assert.Equal(Now.AddDays(2), conference.StartsAtUtc);
        Assert.Equal(["Stanovanje", "Zdravlje"], conference.Agenda.Where(a => !a.IsDeleted).OrderBy(a => a.Position).Select(a => a.Title));

        // A line without notes may still be renamed or removed.
        conference.Reschedule(Plan(Now.AddDays(3), "Stanovanje", "Zdravstvena zaštita"), Now);
        conference.Reschedule(Plan(Now.AddDays(3), "Stanovanje"), Now);
        Assert.Equal("Smeštaj dogovoren", Assert.Single(conference.Agenda, a => !a.IsDeleted).Notes);
    }

    [Fact]
    public void A_line_shown_with_its_items_id_renames_that_item_and_keeps_its_notes_wherever_the_line_moved()
    {
        var conference = CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(2), "Stanovanje", "Zdravlje", "Škola"), Now);
        var (housing, health, school) = (conference.Agenda[0], conference.Agenda[1], conference.Agenda[2]);
        conference.Record(new(
            conference.Participants.ToDictionary(p => p.Id, _ => Attendance.NotRecorded),
            new Dictionary<Guid, string?> { [housing.Id] = "Smeštaj dogovoren", [school.Id] = "Upis u septembru" },
            null,
            null));

        // Housing renamed and moved last, school renamed in place, health's line gone and a new one typed first with an id
        // that is not this agenda's (a tampered form): a line typed anew, it takes the item left without notes.
        conference.Reschedule(Plan(Now.AddDays(3), [new AgendaLine("Posao", Guid.NewGuid()), new AgendaLine("Školovanje", school.Id), new AgendaLine("Stanovanje i posao", housing.Id)]), Now);

        var agenda = conference.Agenda.Where(a => !a.IsDeleted).OrderBy(a => a.Position).ToList();
        Assert.Equal(["Posao", "Školovanje", "Stanovanje i posao"], agenda.Select(a => a.Title));
        Assert.Equal([null, "Upis u septembru", "Smeštaj dogovoren"], agenda.Select(a => a.Notes));
        Assert.Equal([health.Id, school.Id, housing.Id], agenda.Select(a => a.Id));
        Assert.DoesNotContain(conference.Agenda, a => a.IsDeleted);
    }

    [Fact]
    public void A_reschedule_updates_what_the_form_says_of_a_participant_it_keeps_and_keeps_their_attendance()
    {
        var conference = Scheduled();
        var relative = conference.Participants.Single(p => p.Kind == ParticipantKind.Other);
        conference.Record(new(conference.Participants.ToDictionary(p => p.Id, p => p == relative ? Attendance.Present : Attendance.NotRecorded), new Dictionary<Guid, string?>(), null, null));

        conference.Reschedule(Plan(Now.AddDays(3)) with
        {
            Participants = [new(ParticipantKind.Staff, UserId: "chair"), new(ParticipantKind.Partner, PartnerId: School), new(ParticipantKind.Other, Name: "Demo Rođak", Institution: "Udruženje", Role: "hranitelj", ConsentToBeNamed: true)],
        }, Now);

        var kept = conference.Participants.Where(p => !p.IsDeleted).ToList();
        Assert.Equal(3, kept.Count);
        Assert.Same(relative, kept.Single(p => p.Kind == ParticipantKind.Other));
        Assert.Equal(("Udruženje", "hranitelj", true, Attendance.Present), (relative.Institution, relative.Role, relative.ConsentToBeNamed, relative.Attendance));
        // A partner's role is the directory's, as first given: the form does not carry it, and saying nothing clears nothing.
        Assert.Equal("pedagog", kept.Single(p => p.Kind == ParticipantKind.Partner).Role);

        // Consent withdrawn is withdrawn: the minutes no longer print the name.
        conference.Reschedule(Plan(Now.AddDays(3)), Now);
        Assert.False(relative.MayBeNamed);
    }

    [Fact]
    public void Two_people_from_outside_the_directory_with_one_name_keep_each_their_own_consent_and_role()
    {
        ParticipantDetails Psychologist(bool consent) => new(ParticipantKind.Other, Name: "N. N.", Role: "psiholog", ConsentToBeNamed: consent);
        ParticipantDetails Officer(bool consent) => new(ParticipantKind.Other, Name: "N. N.", Role: "policajac", ConsentToBeNamed: consent);
        var conference = CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(1)) with { Participants = [new(ParticipantKind.Staff, UserId: "chair"), Psychologist(false), Officer(true)] }, Now);

        conference.Reschedule(Plan(Now.AddDays(2)) with { Participants = [new(ParticipantKind.Staff, UserId: "chair"), Psychologist(false), Officer(true)] }, Now);

        var others = conference.Participants.Where(p => !p.IsDeleted && p.Kind == ParticipantKind.Other).ToList();
        Assert.Equal(2, others.Count);
        Assert.Equal([("policajac", true), ("psiholog", false)], others.Select(p => (p.Role!, p.ConsentToBeNamed)).Order());
    }

    [Fact]
    public void Of_two_agenda_items_with_one_title_the_one_with_notes_is_kept_when_a_line_goes()
    {
        var conference = CaseConference.Schedule(Guid.NewGuid(), Plan(Now.AddDays(2), "Zdravlje", "Zdravlje"), Now);
        var withNotes = conference.Agenda.OrderBy(a => a.Position).Last();
        conference.Record(new(conference.Participants.ToDictionary(p => p.Id, _ => Attendance.NotRecorded), new Dictionary<Guid, string?> { [withNotes.Id] = "Pregled zakazan" }, null, null));

        conference.Reschedule(Plan(Now.AddDays(3), "Zdravlje"), Now);

        Assert.Same(withNotes, Assert.Single(conference.Agenda, a => !a.IsDeleted));
    }

    [Fact]
    public void An_action_item_needs_exactly_one_owner_and_a_due_day_from_today_on()
    {
        var conference = Scheduled();

        Refused("Conferences.Errors.ActionOwner", () => conference.AddActionItem("Pozvati školu", null, null, Today.AddDays(3), Today));
        Refused("Conferences.Errors.ActionOwner", () => conference.AddActionItem("Pozvati školu", "radnik", "Škola", Today.AddDays(3), Today));
        Refused("Conferences.Errors.ActionDue", () => conference.AddActionItem("Pozvati školu", "radnik", null, Today.AddDays(-1), Today));
        Refused("Conferences.Errors.ActionDescription", () => conference.AddActionItem(" ", "radnik", null, Today, Today));

        var item = conference.AddActionItem("Pozvati školu", "radnik", null, Today, Today);
        Assert.Equal((conference.CaseId, ActionItemStatus.Open), (item.CaseId, item.Status));
    }

    [Fact]
    public void Closing_needs_the_conference_started_and_everyones_attendance_and_then_locks_the_minutes()
    {
        var conference = Scheduled();
        conference.Record(Everyone(conference, Attendance.NotRecorded, "Nastaviti podršku."));

        Refused("Conferences.Errors.NotStarted", () => conference.Close("chair", Now));
        Refused("Conferences.Errors.AttendanceMissing", () => conference.Close("chair", Now.AddDays(2)));
        conference.Record(Everyone(conference, Attendance.Absent));
        Refused("Conferences.Errors.NobodyPresent", () => conference.Close("chair", Now.AddDays(2)));

        var item = conference.AddActionItem("Pozvati školu", "radnik", null, Today.AddDays(7), Today);
        conference.Record(Everyone(conference, Attendance.Present, "Nastaviti podršku."));
        conference.Close("chair", Now.AddDays(2));

        Assert.Equal((ConferenceStatus.Closed, "chair"), (conference.Status, conference.ClosedBy));
        Refused("Conferences.Errors.Closed", () => conference.Record(Everyone(conference, Attendance.Present, "Izmena.")));
        Refused("Conferences.Errors.Closed", () => conference.AddActionItem("Još nešto", "radnik", null, Today.AddDays(7), Today));
        Refused("Conferences.Errors.Closed", () => conference.Reschedule(Plan(Now.AddDays(5)), Now));
        Assert.Equal("Nastaviti podršku.", conference.Conclusions);

        // What was agreed is followed up after the minutes are locked.
        conference.SettleActionItem(item.Id, ActionItemStatus.Done, Today.AddDays(9));
        Assert.False(item.DoneOnTime);
    }

    [Fact]
    public void A_correction_of_locked_minutes_is_a_dated_signed_addendum_and_only_then()
    {
        var conference = Scheduled();
        Refused("Conferences.Errors.AddendumBeforeClose", () => conference.AddAddendum("Ispravka.", "radnik", Now));

        conference.Record(Everyone(conference, Attendance.Present));
        conference.Close("chair", Now.AddDays(2));
        var addendum = conference.AddAddendum("Škola je potvrdila upis 12.03.", "radnik", Now.AddDays(3));

        Assert.Equal(("radnik", Now.AddDays(3)), (addendum.AuthorId, addendum.WrittenAtUtc));
        Assert.Single(conference.Addenda);
    }

    [Fact]
    public void A_part_of_another_conference_or_a_cancelled_conference_is_refused()
    {
        var conference = Scheduled();
        Refused("Conferences.Errors.UnknownPart", () => conference.Record(new(new Dictionary<Guid, Attendance> { [Guid.NewGuid()] = Attendance.Present }, new Dictionary<Guid, string?>(), null, null)));
        Refused("Conferences.Errors.UnknownPart", () => conference.SettleActionItem(Guid.NewGuid(), ActionItemStatus.Done, Today));

        conference.Cancel();
        Refused("Conferences.Errors.Cancelled", () => conference.Record(Everyone(conference, Attendance.Present)));
        Refused("Conferences.Errors.Cancelled", () => conference.Close("chair", Now.AddDays(2)));
    }
}
