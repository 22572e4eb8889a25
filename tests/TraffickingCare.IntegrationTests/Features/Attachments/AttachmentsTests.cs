using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Attachments;

public sealed class AttachmentsTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<(TestClient Client, Guid CaseId)> CaseOfRadnikAsync()
    {
        var file = await factory.Arrange.Case();
        return (await factory.Arrange.SignedInAsync("radnik"), file.Id);
    }

    [Fact]
    public async Task An_uploaded_document_is_listed_and_downloads_as_it_was_audited_and_encrypted_on_disk()
    {
        var (client, caseId) = await CaseOfRadnikAsync();
        var content = AttachmentUpload.Pdf("Jelena Petrovic, nalaz");

        var response = await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{caseId}"), "Nalaz Jelena Petrović.pdf", content, "Medical", "Nalaz doma zdravlja");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/Details/{caseId}#attachments", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync($"/Cases/Details/{caseId}");
        var link = page.QuerySelector("#attachments-list a.attachment-download")!;
        Assert.Equal("Nalaz Jelena Petrović.pdf", link.TextContent.Trim());
        Assert.Contains("Nalaz doma zdravlja", page.QuerySelector("#attachments-list")!.TextContent);

        var download = await client.Http.GetAsync(link.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Nalaz Jelena Petrović.pdf", download.Content.Headers.ContentDisposition.FileNameStar);

        var attachment = await factory.WithDbAsync(db => db.CaseAttachments.AsNoTracking().SingleAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == attachment.Id).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Created && a.EntityType == nameof(CaseAttachment) && a.UserId != null);
        Assert.Contains(audit, a => a.Action == AuditAction.Downloaded && a.EntityType == nameof(CaseAttachment) && a.Changes == $"{{\"bytes\":{attachment.SizeBytes}}}");
        Assert.DoesNotContain(audit, a => (a.Changes ?? string.Empty).Contains("Jelena") || (a.Changes ?? string.Empty).Contains(attachment.WrappedKey));

        // On disk: a random name, and no plaintext.
        var stored = Assert.Single(Directory.GetFiles(factory.AttachmentsFolder, "*", SearchOption.AllDirectories));
        Assert.Equal(attachment.StoredName, Path.GetFileName(stored));
        var bytes = await File.ReadAllBytesAsync(stored);
        Assert.Equal(-1, bytes.AsSpan().IndexOf("Jelena"u8));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("%PDF"u8));

        // In the database: the name and description are ciphertext.
        var raw = await RawColumnsAsync(attachment.Id);
        Assert.DoesNotContain("Jelena", raw);
        Assert.DoesNotContain("doma zdravlja", raw);
    }

    [Fact]
    public async Task A_file_whose_content_is_not_an_accepted_type_is_refused_with_the_reason_and_what_was_typed()
    {
        var (client, caseId) = await CaseOfRadnikAsync();

        var response = await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{caseId}"), "nalaz.pdf", AttachmentUpload.Exe, "Legal", "Rešenje suda");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("Sadržaj datoteke nije PDF", page.QuerySelector("[data-valmsg-for='Upload.File']")!.TextContent);
        Assert.Equal("Rešenje suda", page.QuerySelector("input[name='Upload.Description']")!.GetAttribute("value"));
        Assert.Equal("Legal", page.QuerySelector("select[name='Upload.Category'] option[selected]")!.GetAttribute("value"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_picture_named_as_a_pdf_is_refused_as_a_mismatch()
    {
        var (client, caseId) = await CaseOfRadnikAsync();

        var response = await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/{caseId}/Attachments"), "nalaz.pdf", AttachmentUpload.Png);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ne odgovara nastavku", (await TestClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='Upload.File']")!.TextContent);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task The_size_limit_is_written_in_the_language_of_the_page_unit_included()
    {
        factory.Settings["Storage:MaxAttachmentBytes"] = "1024";
        var (client, caseId) = await CaseOfRadnikAsync();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sr-Cyrl-RS");

        var page = await client.GetPageAsync($"/Cases/{caseId}/Attachments");

        Assert.Contains("1 КБ", page.QuerySelector("#attachment-file-hint")!.TextContent);
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(200 * 1024)]
    public async Task A_file_over_the_limit_is_refused_with_a_localized_message(int size)
    {
        factory.Settings["Storage:MaxAttachmentBytes"] = "1024";
        var (client, caseId) = await CaseOfRadnikAsync();
        var content = new byte[size];
        AttachmentUpload.Pdf().CopyTo(content, 0);

        var response = await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{caseId}"), "veliki.pdf", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/{caseId}/Attachments", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("Datoteka je veća od dozvoljenih 1 KB", page.Body!.TextContent);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_file_at_the_limit_is_accepted()
    {
        factory.Settings["Storage:MaxAttachmentBytes"] = "1024";
        var (client, caseId) = await CaseOfRadnikAsync();
        var content = new byte[1024];
        AttachmentUpload.Pdf().CopyTo(content, 0);

        var response = await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{caseId}"), "tacno.pdf", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1024, (await factory.WithDbAsync(db => db.CaseAttachments.SingleAsync())).SizeBytes);
    }

    [Fact]
    public async Task A_removed_document_leaves_the_list_cannot_be_downloaded_and_its_file_stays()
    {
        var (client, caseId) = await CaseOfRadnikAsync();
        await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{caseId}"), "dopis.docx", AttachmentUpload.Docx(), "Correspondence");
        var page = await client.GetPageAsync($"/Cases/Details/{caseId}");
        var downloadUrl = page.QuerySelector("#attachments-list a.attachment-download")!.GetAttribute("href")!;

        var response = await client.SubmitAsync(page, "form.remove-attachment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync($"/Cases/Details/{caseId}");
        Assert.Null(after.QuerySelector("#attachments-list"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(downloadUrl)).StatusCode);
        var attachment = await factory.WithDbAsync(db => db.CaseAttachments.IgnoreQueryFilters().AsNoTracking().SingleAsync());
        Assert.True(attachment.IsDeleted);
        Assert.True(File.Exists(Directory.GetFiles(factory.AttachmentsFolder, attachment.StoredName, SearchOption.AllDirectories).Single()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == attachment.Id && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task Management_sees_that_a_document_exists_but_not_its_name_and_no_download()
    {
        var (client, caseId) = await CaseOfRadnikAsync();
        await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{caseId}"), "Pasos Jelena.pdf", AttachmentUpload.Pdf(), "IdentityDocument", "Pasoš");
        using var manager = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await manager.GetPageAsync($"/Cases/Details/{caseId}");

        var list = page.QuerySelector("#attachments-list")!;
        Assert.Contains("Lični dokument", list.TextContent);
        Assert.DoesNotContain("Jelena", list.TextContent);
        Assert.DoesNotContain("Pasoš", list.TextContent);
        Assert.Null(list.QuerySelector("a.attachment-download"));
        Assert.Null(page.QuerySelector(AttachmentUpload.FormSelector));
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.False(await factory.WithDbAsync(db => db.CaseAttachments.IgnoreQueryFilters().AnyAsync()));
        Assert.Empty(Directory.Exists(factory.AttachmentsFolder) ? Directory.GetFiles(factory.AttachmentsFolder, "*", SearchOption.AllDirectories) : []);
    }

    private async Task<string> RawColumnsAsync(Guid id)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT FileName || '|' || Description FROM CaseAttachments WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        var value = await command.ExecuteScalarAsync() as string;
        Assert.False(string.IsNullOrEmpty(value), "The row was not found by raw SQL.");
        return value!;
    }
}
