using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Proceedings;

/// <summary>
/// Every proceedings and hearings route that takes an id, for every role, against an own, another's and a
/// restricted case: a proceeding or hearing is reached only through its case; nothing changes when refused.
/// </summary>
public sealed class ProceedingsAccessMatrixTests(ProceedingsAccessMatrixTests.Arranged arranged) : IClassFixture<ProceedingsAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, (Guid Case, Guid Proceeding, Guid Hearing)> records = arranged.Records;
    private readonly Guid court = arranged.Court;

    /// <summary>
    /// One app and its three cases for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, (Guid Case, Guid Proceeding, Guid Hearing)> Records { get; } = [];

        public Guid Court { get; private set; }

        protected override async Task ArrangeAsync()
        {
            Court = await ProceedingsArrange.CourtAsync(Factory);
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                var file = await arrangement;
                var proceeding = await ProceedingsArrange.ProceedingAsync(Factory, file.Id, Court);
                var hearing = await ProceedingsArrange.HearingAsync(Factory, proceeding, Court, Factory.Clock.GetUtcNow().UtcDateTime.AddDays(3));
                Records[which] = (file.Id, proceeding.Id, hearing.Id);
            }
        }
    }

    public static TheoryData<string, string, string, HttpStatusCode> Reads
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var page in new[] { "case", "proceeding", "hearing" })
            {
                data.Add(page, "radnik", "own", HttpStatusCode.OK);
                data.Add(page, "radnik", "other", HttpStatusCode.NotFound);
                data.Add(page, "radnik", "restricted", HttpStatusCode.NotFound);
                data.Add(page, "koordinator", "other", HttpStatusCode.OK);
                data.Add(page, "koordinator", "restricted", HttpStatusCode.OK);
                data.Add(page, "rukovodstvo", "own", HttpStatusCode.OK);
                data.Add(page, "rukovodstvo", "restricted", HttpStatusCode.NotFound);
                data.Add(page, "prihvatiliste", "own", HttpStatusCode.Forbidden);
                data.Add(page, "admin", "own", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading(string page, string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, proceedingId, hearingId) = records[which];
        var url = page switch
        {
            "case" => $"/Cases/{caseId}/Proceedings",
            "proceeding" => $"/Proceedings/{proceedingId}",
            _ => $"/Hearings/{hearingId}",
        };

        Assert.Equal(expected, (await client.Http.GetAsync(url)).StatusCode);
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

        Assert.Equal(expected, (await client.Http.GetAsync("/Hearings?view=month")).StatusCode);
    }

    public static TheoryData<string, string, string, HttpStatusCode> Writes
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var action in new[] { "open", "edit", "stage", "schedule", "hearing" })
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
        var (caseId, proceedingId, hearingId) = records[which];
        var today = factory.Arrange.Today;
        var date = CentreClock.FormatDate(today.AddDays(-1));
        var (url, prefix) = action switch
        {
            "open" => ($"/Cases/{caseId}/Proceedings", "Form"),
            "edit" => ($"/Proceedings/{proceedingId}/Edit", "Form"),
            "stage" => ($"/Proceedings/{proceedingId}/Stage", "StageForm"),
            "schedule" => ($"/Proceedings/{proceedingId}/Hearings", "HearingForm"),
            _ => ($"/Hearings/{hearingId}", "Form"),
        };

        var response = await client.PostWithTokenAsync(url,
            ($"{prefix}.Version", "1"), ($"{prefix}.AuthorityId", court.ToString()), ($"{prefix}.CaseNumber", "TUĐI"), ($"{prefix}.Role", "Witness"),
            ($"{prefix}.Stage", "Trial"), ($"{prefix}.StageSince", date), ($"{prefix}.Since", date),
            ($"{prefix}.Date", date), ($"{prefix}.Time", "10:00"), ($"{prefix}.CourtId", court.ToString()), ($"{prefix}.Kind", "Other"));

        Assert.Equal(expected, response.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Proceedings.CountAsync(p => p.CaseId == caseId));
            var proceeding = await db.Proceedings.Include(p => p.Stages).AsNoTracking().SingleAsync(p => p.Id == proceedingId);
            Assert.Equal(("K 100/26", ProceedingStage.Investigation, 1), (proceeding.CaseNumber, proceeding.Stage, proceeding.Stages.Count));
            var hearing = Assert.Single(await db.Hearings.AsNoTracking().Where(h => h.ProceedingId == proceedingId).ToListAsync());
            Assert.Equal(HearingKind.MainHearing, hearing.Kind);
        });
    }
}
