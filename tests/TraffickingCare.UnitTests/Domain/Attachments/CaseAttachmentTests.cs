using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Attachments;

public sealed class CaseAttachmentTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private const string StoredName = "0123456789abcdef0123456789abcdef";

    private static CaseAttachment Upload(string fileName, AttachmentType type = AttachmentType.Pdf, long size = 10, AttachmentCategory category = AttachmentCategory.Medical, string? description = null) =>
        CaseAttachment.Upload(Guid.NewGuid(), fileName, category, description, type, size, StoredName, "wrapped", "user-1", Now);

    [Fact]
    public void The_uploaded_name_keeps_no_folder()
    {
        Assert.Equal("nalaz.pdf", Upload(@"C:\Users\radnik\Desktop\nalaz.pdf").FileName);
        Assert.Equal("nalaz.pdf", Upload("../../etc/nalaz.pdf").FileName);
    }

    [Fact]
    public void The_name_must_claim_the_type_found_in_the_content()
    {
        var ex = Assert.Throws<DomainException>(() => Upload("slika.png", AttachmentType.Pdf));
        Assert.Equal("Attachments.Errors.ExtensionMismatch", ex.ResourceKey);
    }

    [Fact]
    public void An_empty_file_an_unknown_category_or_a_long_description_is_refused()
    {
        Assert.Equal("Attachments.Errors.Empty", Assert.Throws<DomainException>(() => Upload("a.pdf", size: 0)).ResourceKey);
        Assert.Equal("Attachments.Errors.Category", Assert.Throws<DomainException>(() => Upload("a.pdf", category: (AttachmentCategory)99)).ResourceKey);
        Assert.Equal(
            "Attachments.Errors.Description",
            Assert.Throws<DomainException>(() => Upload("a.pdf", description: new string('x', CaseAttachment.DescriptionMaxLength + 1))).ResourceKey);
    }

    [Fact]
    public void A_blank_description_is_none()
    {
        Assert.Null(Upload("a.pdf", description: "   ").Description);
    }
}
