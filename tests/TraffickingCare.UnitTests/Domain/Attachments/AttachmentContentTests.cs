using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.UnitTests.Domain.Attachments;

public sealed class AttachmentContentTests
{
    public static TheoryData<string, byte[], AttachmentType> Accepted => new()
    {
        { "izvestaj.pdf", SampleFiles.Pdf, AttachmentType.Pdf },
        { "slika.PNG", SampleFiles.Png, AttachmentType.Png },
        { "foto.jpg", SampleFiles.Jpeg, AttachmentType.Jpeg },
        { "foto.jpeg", SampleFiles.Jpeg, AttachmentType.Jpeg },
        { "dopis.docx", SampleFiles.Docx, AttachmentType.Docx },
        { "tabela.xlsx", SampleFiles.Xlsx, AttachmentType.Xlsx },
        { "zapisnik.odt", SampleFiles.Odt, AttachmentType.Odt },
        { "spisak.ods", SampleFiles.Ods, AttachmentType.Ods },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_type_is_recognised_from_its_content(string name, byte[] content, AttachmentType expected)
    {
        using var stream = new MemoryStream(content);

        Assert.Equal(expected, AttachmentContent.Check(stream, name));
        Assert.Equal(0, stream.Position);
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "program.exe", SampleFiles.Exe },
        { "dokument.pdf", SampleFiles.Exe },
        { "stranica.html", SampleFiles.Html },
        { "izvestaj.pdf", SampleFiles.Html },
        { "dopis.docx", SampleFiles.PlainZip },
        { "makro.docx", SampleFiles.Docm },
        { "tabela.xlsx", SampleFiles.Docx },
        { "dopis.docx", SampleFiles.Odt },
        { "slika.pdf", SampleFiles.Png },
        { "izvestaj.png", SampleFiles.Pdf },
        { "izvestaj", SampleFiles.Pdf },
        { "prazno.pdf", [] },
        { "lazni.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_file_whose_content_is_not_what_its_name_claims_or_not_accepted_is_refused(string name, byte[] content)
    {
        using var stream = new MemoryStream(content);

        Assert.Null(AttachmentContent.Check(stream, name));
    }

    [Fact]
    public void A_renamed_executable_or_web_page_shows_no_accepted_type()
    {
        Assert.Null(AttachmentContent.Sniff(new MemoryStream(SampleFiles.Exe)));
        Assert.Null(AttachmentContent.Sniff(new MemoryStream(SampleFiles.Html)));
    }

    [Fact]
    public void A_picture_named_as_a_pdf_is_seen_as_a_picture()
    {
        Assert.Equal(AttachmentType.Png, AttachmentContent.Sniff(new MemoryStream(SampleFiles.Png)));
        Assert.Equal(AttachmentType.Pdf, AttachmentContent.Claimed("slika.pdf"));
    }
}
