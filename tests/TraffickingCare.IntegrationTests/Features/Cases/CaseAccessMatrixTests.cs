using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// Every case route that takes an id, for every role, against an own, another's and a restricted case:
/// a user cannot reach a case by changing the id in the address.
/// </summary>
public sealed class CaseAccessMatrixTests(CaseAccessMatrixTests.Arranged arranged) : IClassFixture<CaseAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, Guid> cases = arranged.Cases;

    private const string NoteText = "Beleška voditelja.";

    /// <summary>
    /// One app and its three cases for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, Guid> Cases { get; } = [];

        protected override async Task ArrangeAsync()
        {
            // Each case holds one note by its lead, written a moment ago: its author could still correct it.
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                var lead = await Factory.Arrange.UserIdAsync(which == "own" ? "radnik" : "radnik2");
                Cases[which] = (await arrangement.With((file, now) => file.AddNote(NoteText, lead, now))).Id;
            }
        }
    }

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "koordinator", "own", HttpStatusCode.OK },
        { "koordinator", "other", HttpStatusCode.OK },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.OK },
        { "rukovodstvo", "restricted", HttpStatusCode.NotFound },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading_a_case(string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.Http.GetAsync($"/Cases/Details/{cases[which]}");

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, string, string, HttpStatusCode> Writes
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var action in new[] { "AddNote", "Move", "Close", "Reopen" })
            {
                data.Add(action, "radnik", "other", HttpStatusCode.NotFound);
                data.Add(action, "radnik", "restricted", HttpStatusCode.NotFound);
                data.Add(action, "rukovodstvo", "own", HttpStatusCode.Forbidden);
                data.Add(action, "prihvatiliste", "own", HttpStatusCode.Forbidden);
                data.Add(action, "admin", "own", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Changing_a_case(string action, string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync(
            $"/Cases/{action}/{cases[which]}",
            ("Version", "1"), ("Status", "PresumedVictim"), ("NoteForm.Text", "Pokušaj upisa."), ("CloseForm.Version", "1"), ("CloseForm.ClosureReasonCode", "GoalsReached"));

        Assert.Equal(expected, response.StatusCode);
        var file = await factory.WithDbAsync(db => db.Cases.Include(c => c.Notes).AsNoTracking().SingleAsync(c => c.Id == cases[which]));
        Assert.Equal(CaseStatus.Open, file.Status);
        Assert.Equal(NoteText, Assert.Single(file.Notes).Text);
    }

    public static TheoryData<string, string, HttpStatusCode> NoteCorrections => new()
    {
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    /// <summary>Correcting a note (<c>/CaseNotes/Edit/{caseId}?noteId=</c>) goes through the same access rule as every change.</summary>
    [Theory]
    [MemberData(nameof(NoteCorrections))]
    public async Task Correcting_a_note(string user, string which, HttpStatusCode expected)
    {
        var noteId = await factory.WithDbAsync(db => db.CaseNotes.Where(n => n.CaseId == cases[which]).Select(n => n.Id).SingleAsync());
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync($"/CaseNotes/Edit/{cases[which]}?noteId={noteId}", ("EditForm.Text", "Tuđa ispravka."));

        Assert.Equal(expected, response.StatusCode);
        var note = await factory.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId));
        Assert.Equal(NoteText, note.Text);
    }

    public static TheoryData<string, string, string, HttpStatusCode> StatisticsPages
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var page in new[] { "Profile", "Exploitation", "Person", "Close" })
            {
                data.Add(page, "radnik", "own", HttpStatusCode.OK);
                data.Add(page, "radnik", "other", HttpStatusCode.NotFound);
                data.Add(page, "radnik", "restricted", HttpStatusCode.NotFound);
                data.Add(page, "koordinator", "other", HttpStatusCode.OK);
                data.Add(page, "koordinator", "restricted", HttpStatusCode.OK);
                data.Add(page, "rukovodstvo", "own", HttpStatusCode.Forbidden);
                data.Add(page, "prihvatiliste", "own", HttpStatusCode.Forbidden);
                data.Add(page, "admin", "own", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(StatisticsPages))]
    public async Task Opening_an_edit_page_of_the_case(string page, string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.Http.GetAsync($"/Cases/{page}/{cases[which]}");

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> TeamPages => new()
    {
        { "radnik", "own", HttpStatusCode.Forbidden },
        { "koordinator", "own", HttpStatusCode.OK },
        { "koordinator", "other", HttpStatusCode.OK },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    /// <summary>The team page (<c>/Cases/Team/{caseId}</c>) and its changes are the coordinator's alone.</summary>
    [Theory]
    [MemberData(nameof(TeamPages))]
    public async Task Opening_and_changing_the_team_page(string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync($"/Cases/Team/{cases[which]}")).StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            var response = await client.PostWithTokenAsync($"/Cases/Team/{cases[which]}", ("Version", "1"), ("Change", "restrict"));
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal(which == "restricted", (await factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == cases[which]))).IsRestricted);
        }
    }

    public static TheoryData<string, string, string, HttpStatusCode> StatisticsWrites
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var page in new[] { "Profile", "Exploitation", "Person" })
            {
                data.Add(page, "radnik", "other", HttpStatusCode.NotFound);
                data.Add(page, "radnik", "restricted", HttpStatusCode.NotFound);
                data.Add(page, "rukovodstvo", "own", HttpStatusCode.Forbidden);
                data.Add(page, "prihvatiliste", "own", HttpStatusCode.Forbidden);
                data.Add(page, "admin", "own", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(StatisticsWrites))]
    public async Task Saving_an_edit_page_of_the_case(string page, string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync(
            $"/Cases/{page}/{cases[which]}",
            ("Form.Version", "1"), ("Form.SexCode", "Feminine"), ("Form.Languages", "srp"), ("Form.Types", "ForcedLabour"), ("Form.IsTransnational", "true"),
            ("Form.FirstName", "Upad"));

        Assert.Equal(expected, response.StatusCode);
        var file = await factory.WithDbAsync(db => db.Cases.Include(c => c.CodeListValues).AsNoTracking().SingleAsync(c => c.Id == cases[which]));
        Assert.Equal(PersonProfile.Unknown, file.Profile);
        Assert.Equal(ExploitationRecord.Unknown, file.Exploitation);
        Assert.Empty(file.CodeListValues);
        Assert.Null(file.PersonIdentityId);
    }

    public static TheoryData<string, string, string, HttpStatusCode> StoryReveals
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var route in new[] { "/Cases/RevealNotes", "/CasePerson/Reveal", "/Identification/RevealInterviews", "/Identification/RevealChecklist" })
            {
                data.Add(route, "radnik", "own", HttpStatusCode.Forbidden);
                data.Add(route, "koordinator", "own", HttpStatusCode.Forbidden);
                data.Add(route, "rukovodstvo", "restricted", HttpStatusCode.NotFound);
                data.Add(route, "prihvatiliste", "own", HttpStatusCode.Forbidden);
                data.Add(route, "admin", "own", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    /// <summary>Giving a reason is management's alone, and never for a case out of reach: no reason is recorded for it.</summary>
    [Theory]
    [MemberData(nameof(StoryReveals))]
    public async Task Giving_a_reason_to_read_the_story(string route, string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync($"{route}/{cases[which]}", ("reason", "Pokušaj čitanja"));

        Assert.Equal(expected, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == cases[which] && a.Reason == "Pokušaj čitanja")));
    }

    [Fact]
    public async Task Every_allowed_view_of_a_case_is_in_the_audit_trail()
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync("koordinator");
        var before = await ViewsAsync();

        await client.GetPageAsync($"/Cases/Details/{cases["restricted"]}");

        // Other cases of the matrix may have viewed it before: this view adds its own entry.
        Assert.True(await ViewsAsync() > before);

        Task<int> ViewsAsync() => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == cases["restricted"] && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed));
    }
}
