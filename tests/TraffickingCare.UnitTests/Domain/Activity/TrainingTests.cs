using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Activity;

public sealed class TrainingTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static TrainingDetails Details(DateOnly? heldOn = null, bool accredited = false, string? number = null, int hours = 16) =>
        new(heldOn ?? new DateOnly(2026, 11, 24), hours, "Prepoznavanje žrtava", accredited, number, "RS-KRALJEVO", "Centar");

    private static Headcount Count(int women, int men, params (string Sector, int Count)[] sectors) =>
        new(sectors.ToDictionary(s => s.Sector, s => s.Count), women, men, 0);

    private static readonly Trainer[] OneTrainer = [Trainer.Staff("u1")];

    [Fact]
    public void A_training_counts_participants_by_sector_and_by_sex()
    {
        var training = Training.Record(Details(), Count(20, 15, ("SocialProtection", 22), ("Police", 13)), OneTrainer, Today, "u1", Now);

        Assert.Equal(35, training.Participants);
        Assert.Equal(22, training.Sectors.Single(s => s.SectorCode == "SocialProtection").Count);
        Assert.Equal(13, training.Sectors.Single(s => s.SectorCode == "Police").Count);
    }

    [Theory]
    [InlineData(20, 15, 22, 12, "Activity.Errors.TotalsDiffer")]
    [InlineData(-1, 15, 1, 13, "Activity.Errors.NegativeCount")]
    [InlineData(20, 15, -2, 37, "Activity.Errors.NegativeCount")]
    [InlineData(0, 0, 0, 0, "Activity.Errors.NoParticipants")]
    [InlineData(3000, 3000, 3000, 3000, "Activity.Errors.TooManyParticipants")]
    public void Counts_that_cannot_be_true_are_refused(int women, int men, int social, int police, string key)
    {
        var error = Assert.Throws<DomainException>(() =>
            Training.Record(Details(), Count(women, men, ("SocialProtection", social), ("Police", police)), OneTrainer, Today, "u1", Now));

        Assert.Equal(key, error.Message);
    }

    [Fact]
    public void An_accredited_programme_needs_its_number_and_an_unaccredited_one_keeps_none()
    {
        Assert.Equal("Activity.Errors.AccreditationNumber", Assert.Throws<DomainException>(() =>
            Training.Record(Details(accredited: true), Count(1, 0, ("Police", 1)), OneTrainer, Today, "u1", Now)).Message);

        var training = Training.Record(Details(accredited: false, number: "12-345"), Count(1, 0, ("Police", 1)), OneTrainer, Today, "u1", Now);
        Assert.Null(training.AccreditationNumber);
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2027, 12, 1)]
    public void A_day_out_of_range_is_refused(int year, int month, int day)
    {
        var error = Assert.Throws<DomainException>(() =>
            Training.Record(Details(new DateOnly(year, month, day)), Count(1, 0, ("Police", 1)), OneTrainer, Today, "u1", Now));

        Assert.Equal("Activity.Errors.HeldOn", error.Message);
    }

    [Fact]
    public void A_training_needs_a_trainer_and_a_trainer_taken_off_is_kept_as_removed()
    {
        Assert.Equal("Activity.Errors.Trainers", Assert.Throws<DomainException>(() =>
            Training.Record(Details(), Count(1, 0, ("Police", 1)), [], Today, "u1", Now)).Message);

        var training = Training.Record(Details(), Count(1, 0, ("Police", 1)), [Trainer.Staff("u1"), Trainer.External("Vanjski Predavač", "Sud")], Today, "u1", Now);
        training.Change(Details(), Count(1, 0, ("Police", 1)), [Trainer.External("Vanjski Predavač", "Sud")], Today, "u1", Now);

        Assert.Equal("Vanjski Predavač", Assert.Single(training.Trainers).ExternalName);
    }

    [Fact]
    public void A_sector_taken_off_keeps_its_row_at_zero()
    {
        var training = Training.Record(Details(), Count(2, 0, ("Police", 1), ("Health", 1)), OneTrainer, Today, "u1", Now);

        training.Change(Details(), Count(2, 0, ("Police", 2)), OneTrainer, Today, "u1", Now);

        Assert.Equal(0, training.Sectors.Single(s => s.SectorCode == "Health").Count);
        Assert.Equal(2, training.Sectors.Single(s => s.SectorCode == "Police").Count);
    }
}
