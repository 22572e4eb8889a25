using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>A training's materials: uploaded by a recorder, downloaded decrypted by any reader (audited), removed softly.</summary>
public sealed class TrainingMaterialsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_coordinator_uploads_a_programme_a_caseworker_downloads_it_and_after_removal_it_is_gone()
    {
        var training = await Factory.TrainingAsync("Obuka sa programom", Factory.Arrange.Today.AddDays(-3));
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var content = TrainingArrange.Pdf("Program obuke Kraljevo");

        var uploaded = await UploadAsync(koordinator, await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}"), "Program obuke.pdf", content);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var material = await Factory.WithDbAsync(db => db.TrainingMaterials.AsNoTracking().SingleAsync(m => m.TrainingId == training.Id));
        Assert.Equal("Program obuke.pdf", material.FileName);
        var bytes = await File.ReadAllBytesAsync(Factory.Services.GetRequiredService<AttachmentStore>().PathOf(material.StoredName));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("%PDF"u8));

        using var radnik = await Factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Activity/Trainings/{training.Id}");
        var link = page.QuerySelector($"#material-{material.Id} a.material-download")!;
        Assert.Equal("Program obuke.pdf", link.TextContent.Trim());
        Assert.Null(page.QuerySelector(".remove-material"));
        var download = await radnik.Http.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("Program obuke.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Downloaded && a.EntityId == material.Id)));

        var withMaterial = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}");
        var removed = await koordinator.SubmitAsync(withMaterial, $"#material-{material.Id} form.remove-material");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}")).QuerySelector($"#material-{material.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await radnik.Http.GetAsync(link.GetAttribute("href"))).StatusCode);
        Assert.True(await Factory.WithDbAsync(db => db.TrainingMaterials.IgnoreQueryFilters().AnyAsync(m => m.Id == material.Id && m.IsDeleted)));
    }

    [Fact]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused_on_the_training_page()
    {
        var training = await Factory.TrainingAsync("Obuka sa lošim fajlom", Factory.Arrange.Today.AddDays(-3));
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");

        var response = await UploadAsync(koordinator, await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}"), "program.pdf", [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Attachments.Errors.Content"), page.QuerySelector("span[data-valmsg-for='Upload.File']")!.TextContent.Trim());
        Assert.Equal("Obuka sa lošim fajlom", page.QuerySelector("#training-topic")!.TextContent.Trim());
        Assert.False(await Factory.WithDbAsync(db => db.TrainingMaterials.AnyAsync(m => m.TrainingId == training.Id)));
    }

    /// <summary>Posts the page's upload form as a browser does (multipart, with its antiforgery token).</summary>
    internal static async Task<HttpResponseMessage> UploadAsync(TestClient client, IHtmlDocument page, string fileName, byte[] content)
    {
        var form = page.QuerySelector("form#upload-material") as IHtmlFormElement ?? throw new InvalidOperationException("The page has no upload form.");
        Assert.Equal("multipart/form-data", form.Enctype);
        Assert.Equal("file", form.QuerySelector("[name='Upload.File']")!.GetAttribute("type"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "Upload.File", fileName },
        };
        return await client.Http.PostAsync(form.GetAttribute("action"), multipart);
    }
}
