using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Features.Attachments;

namespace TraffickingCare.UnitTests.Features.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("nalaz.pdf", AttachmentType.Pdf, "nalaz.pdf")]
    [InlineData(@"C:\fakepath\nalaz.pdf", AttachmentType.Pdf, "nalaz.pdf")]
    [InlineData("../../etc/passwd.pdf", AttachmentType.Pdf, "passwd.pdf")]
    [InlineData("\"quoted\";\r\nX-Injected: 1.pdf", AttachmentType.Pdf, "_quoted____X-Injected_ 1.pdf")]
    [InlineData(".hidden.png", AttachmentType.Png, "hidden.png")]
    [InlineData("...", AttachmentType.Pdf, "prilog.pdf")]
    [InlineData("slika.JPEG", AttachmentType.Jpeg, "slika.jpg")]
    [InlineData("Izveštaj Đorđa.docx", AttachmentType.Docx, "Izveštaj Đorđa.docx")]
    public void A_download_name_has_no_folder_no_control_or_reserved_characters_and_the_real_extension(string uploaded, AttachmentType type, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.Safe(uploaded, type));
    }

    [Fact]
    public void A_long_name_is_cut_keeping_its_extension()
    {
        var safe = AttachmentFileName.Safe(new string('a', 300) + ".pdf", AttachmentType.Pdf);

        Assert.Equal(AttachmentFileName.MaxLength, safe.Length);
        Assert.EndsWith(".pdf", safe);
    }

    [Fact]
    public void The_header_has_an_ascii_name_and_the_full_name_in_utf8()
    {
        var header = AttachmentFileName.ContentDisposition("Izveštaj Đorđa Љ.pdf");

        Assert.StartsWith("attachment;", header);
        Assert.Contains("filename=\"Izvestaj Djordja _.pdf\"", header);
        Assert.Contains("filename*=UTF-8''Izve%C5%A1taj%20%C4%90or%C4%91a%20%D0%89.pdf", header);
        Assert.DoesNotContain('\n', header);
    }
}
