using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.UnitTests.Domain.Proceedings;

public sealed class ProceedingTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid Court = Guid.NewGuid();

    private static ProceedingDetails Details(
        ProceedingRole role = ProceedingRole.InjuredParty, bool nonPunishment = false, Compensation? claimed = null, Compensation? awarded = null, bool lawyer = true, string? lawyerText = "Advokat po službenoj dužnosti") =>
        new(Court, "KTO 12/26", role, lawyer, null, lawyerText, ProtectiveMeasures.VulnerableWitness | ProtectiveMeasures.VideoLink, claimed, awarded, nonPunishment);

    private static Proceeding Open(ProceedingStage stage = ProceedingStage.Investigation) =>
        Proceeding.Open(Guid.NewGuid(), Details(), stage, new DateOnly(2026, 1, 15), "radnik", Today);

    private static void Refused(string key, Action action) => Assert.Equal(key, Assert.Throws<DomainException>(action).ResourceKey);

    [Fact]
    public void Opening_records_the_first_stage_of_the_history()
    {
        var proceeding = Open();

        var step = Assert.Single(proceeding.Stages);
        Assert.Equal((ProceedingStage.Investigation, new DateOnly(2026, 1, 15), "radnik"), (step.Stage, step.Since, step.RecordedBy));
        Assert.Equal(ProceedingStage.Investigation, proceeding.Stage);
    }

    [Fact]
    public void Moving_forward_adds_a_step_and_sets_the_current_stage()
    {
        var proceeding = Open();

        proceeding.MoveTo(ProceedingStage.Indictment, new DateOnly(2026, 2, 1), null, "radnik2", Today);

        Assert.Equal(2, proceeding.Stages.Count);
        Assert.Equal((ProceedingStage.Indictment, new DateOnly(2026, 2, 1)), (proceeding.Stage, proceeding.StageSince));
    }

    [Fact]
    public void Going_back_needs_a_reason_with_letters()
    {
        var proceeding = Open(ProceedingStage.Appeal);

        Refused("Proceedings.Errors.StageBackNeedsReason", () => proceeding.MoveTo(ProceedingStage.Trial, Today, null, "radnik", Today));
        Refused("Proceedings.Errors.StageBackNeedsReason", () => proceeding.MoveTo(ProceedingStage.Trial, Today, " 12 ", "radnik", Today));
        Assert.Single(proceeding.Stages);

        proceeding.MoveTo(ProceedingStage.Trial, Today, "Presuda ukinuta po žalbi.", "radnik", Today);
        Assert.Equal("Presuda ukinuta po žalbi.", proceeding.Stages[^1].Reason);
    }

    [Fact]
    public void A_step_is_not_dated_before_the_current_stage_nor_in_the_future_nor_repeated()
    {
        var proceeding = Open();

        Refused("Proceedings.Errors.StageBeforeCurrent", () => proceeding.MoveTo(ProceedingStage.Indictment, new DateOnly(2026, 1, 14), null, "radnik", Today));
        Refused("Proceedings.Errors.StageInFuture", () => proceeding.MoveTo(ProceedingStage.Indictment, Today.AddDays(1), null, "radnik", Today));
        Refused("Proceedings.Errors.StageSame", () => proceeding.MoveTo(ProceedingStage.Investigation, Today, null, "radnik", Today));
        Assert.Single(proceeding.Stages);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(10.005)]
    public void A_compensation_amount_is_not_negative_and_has_at_most_two_decimals(double amount) =>
        Refused("Proceedings.Errors.Amount", () => _ = new Compensation((decimal)amount, "RSD", Today));

    [Theory]
    [InlineData("")]
    [InlineData("DINAR")]
    [InlineData("R5D")]
    public void A_compensation_currency_is_a_three_letter_code(string currency) =>
        Refused("Proceedings.Errors.Currency", () => _ = new Compensation(100, currency, Today));

    [Fact]
    public void Compensation_is_kept_as_amount_currency_and_date()
    {
        var proceeding = Open();

        proceeding.Describe(Details(claimed: new Compensation(500000m, "rsd", new DateOnly(2026, 2, 1)), awarded: new Compensation(0m, "EUR", new DateOnly(2026, 3, 1))));

        Assert.Equal((500000m, "RSD", new DateOnly(2026, 2, 1)), (proceeding.ClaimedAmount, proceeding.ClaimedCurrency, proceeding.ClaimedOn));
        Assert.Equal(new Compensation(0m, "EUR", new DateOnly(2026, 3, 1)), proceeding.Awarded);
    }

    [Fact]
    public void Compensation_is_not_awarded_before_it_was_claimed() =>
        Refused("Proceedings.Errors.AwardedBeforeClaimed", () => Open().Describe(Details(
            claimed: new Compensation(1, "RSD", new DateOnly(2026, 2, 1)), awarded: new Compensation(1, "RSD", new DateOnly(2026, 1, 1)))));

    [Fact]
    public void Non_punishment_applies_only_to_a_defendant()
    {
        Refused("Proceedings.Errors.NonPunishmentRole", () => Open().Describe(Details(ProceedingRole.Witness, nonPunishment: true)));

        var proceeding = Open();
        proceeding.Describe(Details(ProceedingRole.DefendantNonPunishment, nonPunishment: true));
        Assert.True(proceeding.NonPunishmentApplied);
    }

    [Fact]
    public void Without_a_lawyer_nothing_about_one_is_kept()
    {
        var proceeding = Open();

        proceeding.Describe(Details(lawyer: false, lawyerText: "Neko"));

        Assert.False(proceeding.LawyerEngaged);
        Assert.Null(proceeding.LawyerDescription);
    }

    [Fact]
    public void Protective_measures_combine_and_split_as_flags()
    {
        var measures = ProtectiveMeasureFlags.Combine([ProtectiveMeasures.ProtectedWitness, ProtectiveMeasures.PublicExcluded]);

        Assert.Equal(10, (int)measures);
        Assert.Equal([ProtectiveMeasures.ProtectedWitness, ProtectiveMeasures.PublicExcluded], ProtectiveMeasureFlags.Split(measures));
        Refused("Proceedings.Errors.Measures", () => Open().Describe(Details() with { Measures = (ProtectiveMeasures)1024 }));
    }
}
