using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Attachments;

/// <summary>
/// Every attachment route that takes an id, for every role, against an own, another's and a restricted case: the page,
/// the upload, the download and the removal. Only the case's team and the coordinator reach them; management reads the
/// list on the case page and downloads nothing; shelter staff and the administrator see nothing.
/// </summary>
public sealed class AttachmentsAccessMatrixTests(AttachmentsAccessMatrixTests.Arranged arranged) : IClassFixture<AttachmentsAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, (Guid CaseId, Guid AttachmentId)> cases = arranged.Cases;

    /// <summary>
    /// One app and its three cases for the whole matrix: every change here is refused, so none disturbs another (a
    /// change that got through would fail its own case and those after it); downloads are counted from before each.
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, (Guid CaseId, Guid AttachmentId)> Cases { get; } = [];

        protected override async Task ArrangeAsync()
        {
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                Cases[which] = await WithAttachmentAsync(await arrangement);
            }
        }

        private async Task<(Guid, Guid)> WithAttachmentAsync(TraffickingCare.Domain.Cases.CaseFile file)
        {
            using var coordinator = await Factory.Arrange.SignedInAsync("koordinator");
            var response = await AttachmentUpload.PostAsync(coordinator, await coordinator.GetPageAsync($"/Cases/Details/{file.Id}"), "nalaz.pdf", AttachmentUpload.Pdf());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return (file.Id, await Factory.WithDbAsync(db => db.CaseAttachments.Where(a => a.CaseId == file.Id).Select(a => a.Id).SingleAsync()));
        }
    }

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "radnik2", "other", HttpStatusCode.OK },
        { "koordinator", "own", HttpStatusCode.OK },
        { "koordinator", "other", HttpStatusCode.OK },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "rukovodstvo", "restricted", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Opening_the_attachments_page(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.Http.GetAsync($"/Cases/{cases[which].CaseId}/Attachments");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Downloading_a_document(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, attachmentId) = cases[which];
        var before = await DownloadsAsync();

        var response = await client.Http.GetAsync($"/Cases/{caseId}/Attachments/{attachmentId}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before + (expected == HttpStatusCode.OK ? 1 : 0), await DownloadsAsync());

        Task<int> DownloadsAsync() => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == attachmentId && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Downloaded));
    }

    [Fact]
    public async Task A_document_is_not_reached_through_another_case_id()
    {
        using var client = await factory.Arrange.SignedInAsync("radnik");

        var response = await client.Http.GetAsync($"/Cases/{cases["own"].CaseId}/Attachments/{cases["other"].AttachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> Writes => new()
    {
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Uploading_to_a_case(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var token = (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(AttachmentUpload.Pdf());
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Medical"), "Upload.Category" },
            { file, "Upload.File", "tudji.pdf" },
        };

        var response = await client.Http.PostAsync($"/Cases/{cases[which].CaseId}/Attachments", multipart);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseAttachments.CountAsync(a => a.CaseId == cases[which].CaseId)));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Removing_a_document(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, attachmentId) = cases[which];

        var response = await client.PostWithTokenAsync($"/Cases/{caseId}/Attachments/{attachmentId}/Remove");

        Assert.Equal(expected, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.CaseAttachments.IgnoreQueryFilters().Where(a => a.Id == attachmentId).Select(a => a.IsDeleted).SingleAsync()));
    }
}
