using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Features.Activity.Trainings;
using TraffickingCare.Web.Features.Activity.Trainings.Materials;

namespace TraffickingCare.UnitTests.Features.Activity;

public sealed class TrainingInputTests
{
    [Fact]
    public void Outside_trainer_rows_left_empty_and_a_staff_member_named_twice_count_once()
    {
        var form = new TrainingForm
        {
            StaffTrainerIds = ["u1", "u1", ""],
            ExternalTrainers = [new() { Name = "Milena Zamislić", Institution = "Pravosudna akademija" }, new(), new() { Name = " ", Institution = "" }],
        };

        Assert.Equal(2, TrainingInput.TrainerCount(form));
        Assert.Equal([Trainer.Staff("u1"), Trainer.External("Milena Zamislić", "Pravosudna akademija")], TrainingInput.Trainers(form));
    }

    [Fact]
    public void An_empty_count_is_zero_and_both_totals_come_from_the_form()
    {
        var form = new TrainingForm
        {
            Sectors = [new() { Code = "SocialProtection", Count = 20 }, new() { Code = "Police", Count = 15 }, new() { Code = "Health" }],
            Women = 22,
            Men = 13,
        };

        var headcount = TrainingInput.Headcount(form);

        Assert.Equal(35, headcount.SectorTotal);
        Assert.Equal(35, headcount.Total);
        Assert.Equal(0, headcount.BySector["Health"]);
        Assert.Same(headcount, headcount.Checked());
    }

    [Fact]
    public void The_form_date_is_read_as_typed_in_the_centre()
    {
        var details = TrainingInput.Details(new TrainingForm { HeldOn = "24.11.2026.", Hours = 16, Topic = " Tema ", MunicipalityCode = "RS-KRALJEVO", Organiser = "Centar" });

        Assert.Equal(new DateOnly(2026, 11, 24), details.HeldOn);
        Assert.Equal("Tema", details.Topic);
    }

    [Theory]
    [InlineData("Program obuke.pdf", "Program obuke.pdf")]
    [InlineData("izveštaj.docx", "izveštaj.pdf")]
    [InlineData("a:b*c?.pdf", "a_b_c_.pdf")]
    [InlineData(".pdf", "materijal.pdf")]
    public void A_downloaded_material_is_named_after_its_upload_with_the_extension_of_its_content(string uploaded, string expected)
    {
        Assert.Equal(expected, MaterialDownloadResult.SafeName(uploaded, AttachmentType.Pdf));
    }
}
