using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>
/// Every conference route that takes an id, for every role, against an own, another's and a restricted case: a
/// conference is reached only through its case; nothing changes when refused.
/// </summary>
public sealed class ConferencesAccessMatrixTests(ConferencesAccessMatrixTests.Arranged arranged) : IClassFixture<ConferencesAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, (Guid Case, Guid Conference)> records = arranged.Records;

    /// <summary>
    /// One app and its three cases for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, (Guid Case, Guid Conference)> Records { get; } = [];

        protected override async Task ArrangeAsync()
        {
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                var file = await arrangement;
                var conference = await ConferencesArrange.ConferenceAsync(Factory, file.Id, Factory.Arrange.Now.AddDays(3), chair: which == "own" ? "radnik" : "radnik2");
                Records[which] = (file.Id, conference.Id);
            }
        }
    }

    public static TheoryData<string, string, string, HttpStatusCode> Reads
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            data.Add("conference", "radnik", "own", HttpStatusCode.OK);
            data.Add("conference", "radnik", "other", HttpStatusCode.NotFound);
            data.Add("conference", "radnik", "restricted", HttpStatusCode.NotFound);
            data.Add("conference", "koordinator", "other", HttpStatusCode.OK);
            data.Add("conference", "koordinator", "restricted", HttpStatusCode.OK);
            data.Add("conference", "rukovodstvo", "own", HttpStatusCode.OK);
            data.Add("conference", "rukovodstvo", "restricted", HttpStatusCode.NotFound);
            data.Add("conference", "prihvatiliste", "own", HttpStatusCode.Forbidden);
            data.Add("conference", "admin", "own", HttpStatusCode.Forbidden);
            foreach (var page in new[] { "schedule", "edit", "run", "minutes" })
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

    /// <summary>Each page (the minutes' PDF too) as each role: an allowed one is in the audit trail, a refused one is not.</summary>
    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading(string page, string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var userId = await factory.Arrange.UserIdAsync(user);
        var (caseId, conferenceId) = records[which];
        var url = page switch
        {
            "conference" => $"/Conferences/{conferenceId}",
            "schedule" => $"/Cases/{caseId}/Conferences/Schedule",
            "run" => $"/Conferences/{conferenceId}/Run",
            "minutes" => $"/Conferences/{conferenceId}/Minutes.pdf",
            _ => $"/Conferences/{conferenceId}/Edit",
        };
        Task<int> AuditedAsync() => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == userId && (a.EntityId == caseId || a.EntityId == conferenceId)));
        var before = await AuditedAsync();

        Assert.Equal(expected, (await client.Http.GetAsync(url)).StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, await AuditedAsync() > before);
    }

    [Theory]
    [InlineData("radnik", HttpStatusCode.OK)]
    [InlineData("koordinator", HttpStatusCode.OK)]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Opening_the_calendar(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Conferences?view=month")).StatusCode);
    }

    public static TheoryData<string, string, string, HttpStatusCode> Writes
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var action in Actions)
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
    public async Task Changing(string action, string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, conferenceId) = records[which];
        var url = Url(action, caseId, conferenceId);
        var chair = "u:" + await factory.Arrange.UserIdAsync("radnik");
        var response = await client.PostWithTokenAsync(url,
            ("version", "1"), ("Form.Version", "1"), ("Form.Date", CentreClock.FormatDate(factory.Arrange.Today.AddDays(4))), ("Form.Time", "09:00"),
            ("Form.DurationMinutes", "60"), ("Form.Place", "Remote"), ("Form.Chair", chair), ("Form.Staff", chair), ("Form.Agenda[0].Title", "TUĐE"),
            ("Form.Conclusions", "TUĐE"), ("NewItem.Description", "TUĐE"), ("NewItem.Owner", chair), ("NewItem.DueOn", CentreClock.FormatDate(factory.Arrange.Today.AddDays(4))),
            ("AddendumForm.Text", "TUĐE"), ("status", "Dropped"));

        Assert.Equal(expected, response.StatusCode);
        await UnchangedAsync(caseId, conferenceId);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public async Task Posting_without_the_antiforgery_token_is_refused_and_changes_nothing(string action)
    {
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var (caseId, conferenceId) = records["own"];

        var response = await client.Http.PostAsync(Url(action, caseId, conferenceId), new FormUrlEncodedContent(
            [new("Form.Version", "1"), new("Form.Conclusions", "BEZ TOKENA"), new("NewItem.Description", "BEZ TOKENA"), new("AddendumForm.Text", "BEZ TOKENA"), new("version", "1")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await UnchangedAsync(caseId, conferenceId);
    }

    public static TheoryData<string> EveryAction => new(Actions);

    private static readonly string[] Actions = ["schedule", "edit", "cancel", "run", "draft", "close", "addenda", "action-add", "action-remove", "action-settle"];

    private static string Url(string action, Guid caseId, Guid conferenceId) => action switch
    {
        "schedule" => $"/Cases/{caseId}/Conferences/Schedule",
        "edit" => $"/Conferences/{conferenceId}/Edit",
        "cancel" => $"/Conferences/{conferenceId}/Cancel",
        "run" => $"/Conferences/{conferenceId}/Run",
        "draft" => $"/Conferences/{conferenceId}/Run/Draft",
        "close" => $"/Conferences/{conferenceId}/Close",
        "addenda" => $"/Conferences/{conferenceId}/Addenda",
        "action-add" => $"/Conferences/{conferenceId}/ActionItems",
        "action-remove" => $"/Conferences/{conferenceId}/ActionItems/{Guid.CreateVersion7()}/Remove",
        _ => $"/Conferences/{conferenceId}/ActionItems/{Guid.CreateVersion7()}/Settle",
    };

    private Task UnchangedAsync(Guid caseId, Guid conferenceId) => factory.WithDbAsync(async db =>
    {
        var conference = await db.CaseConferences.Include(c => c.Agenda).Include(c => c.ActionItems).Include(c => c.Addenda).AsNoTracking().SingleAsync(c => c.CaseId == caseId);
        Assert.Equal((conferenceId, ConferenceStatus.Scheduled, "Plan podrške", (string?)null), (conference.Id, conference.Status, Assert.Single(conference.Agenda).Title, conference.Conclusions));
        Assert.Empty(conference.ActionItems);
        Assert.Empty(conference.Addenda);
    });
}
