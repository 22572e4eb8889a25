using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.UnitTests.Reporting;
using TraffickingCare.Web.Features.Shelter.Placements;
using TraffickingCare.Web.Features.Shelter.Placements.Goals;
using TraffickingCare.Web.Features.Shelter.Placements.PlanPdf;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.UnitTests.Features.Shelter;

public sealed class PlanDocumentTests
{
    private static readonly DateTime Admitted = new(2026, 1, 30, 23, 30, 0, DateTimeKind.Utc); // 31.01.2026. in Belgrade

    private static PlanGoalRow Goal(ShelterPhase phase, string description, int targetDay) =>
        new(Guid.NewGuid(), phase, GoalArea.Health, description, null, "Ana Radnica", new DateOnly(2026, 2, targetDay), GoalStatus.Planned, null);

    private static PrintablePlan Plan(IReadOnlyList<PlanGoalRow> goals, Dictionary<Guid, IReadOnlyList<GoalReviewRow>>? reviews = null, IReadOnlyList<PhaseChangeRow>? changes = null) =>
        new(Guid.NewGuid(), "CZZ-2026-0042", "Prihvatilište", Admitted, ShelterPhase.Recovery, null, goals, reviews ?? [], changes ?? [], new DateOnly(2026, 3, 1));

    [Fact]
    public void Goals_are_grouped_by_phase_in_the_programmes_order_numbered_through_the_document_with_their_reviews_oldest_first()
    {
        var recovery = Goal(ShelterPhase.Recovery, "Kurs", 20);
        var documents = Goal(ShelterPhase.Stabilisation, "Lična karta", 5);
        var health = Goal(ShelterPhase.Stabilisation, "Pregled", 9);
        var later = new GoalReviewRow(GoalStatus.Achieved, "Gotovo", "Ana", Admitted.AddDays(9));
        var earlier = new GoalReviewRow(GoalStatus.InProgress, "Zakazano", "Ana", Admitted.AddDays(2));

        var phases = PlanDocument.GoalsByPhase(Plan([recovery, documents, health], new() { [documents.Id] = [later, earlier] }));

        Assert.Equal([ShelterPhase.Stabilisation, ShelterPhase.Recovery, ShelterPhase.Independence], phases.Select(p => p.Phase));
        Assert.Equal([(1, "Lična karta"), (2, "Pregled")], phases[0].Goals.Select(g => (g.Number, g.Goal.Description)));
        Assert.Equal([(3, "Kurs")], phases[1].Goals.Select(g => (g.Number, g.Goal.Description)));
        Assert.Empty(phases[2].Goals);
        Assert.Equal([earlier, later], phases[0].Goals[0].Reviews);
        Assert.Empty(phases[0].Goals[1].Reviews);
    }

    [Fact]
    public void The_file_name_is_the_case_code_the_document_in_the_users_language_and_the_day_printed()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            Assert.Equal("CZZ-2026-0042-plan-2026-03-01.pdf", PlanDocument.FileName(Plan([]), Localizer()));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sr-Cyrl-RS");
            Assert.Equal("CZZ-2026-0042-план-2026-03-01.pdf", PlanDocument.FileName(Plan([]), Localizer()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_document_is_in_the_users_language_with_local_dates_phases_goals_reviews_and_lines_to_sign()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sr-Cyrl-RS");
        try
        {
            var goal = Goal(ShelterPhase.Stabilisation, "Лична карта", 5);
            var change = new PhaseChangeRow(Guid.NewGuid(), 2, ShelterPhase.Stabilisation, ShelterPhase.Recovery, "Стабилна.", null, "x", "Ана Радница",
                Admitted.AddDays(10), PhaseChangeStatus.Approved, "Кора Координаторка", Admitted.AddDays(11), null);
            var plan = Plan([goal], new() { [goal.Id] = [new GoalReviewRow(GoalStatus.Achieved, "Издата.", "Ана Радница", Admitted.AddDays(4))] }, [change]);

            var text = string.Join("\n", TestPdf.Lines(TestPdf.Renderer.Render(PlanDocument.Compose(plan, Localizer()))).SelectMany(p => p));

            Assert.Contains("Индивидуални план", text, StringComparison.Ordinal);
            Assert.Contains("CZZ-2026-0042", text, StringComparison.Ordinal);
            Assert.Contains("Prihvatilište", text, StringComparison.Ordinal);
            Assert.Contains("31.01.2026.", text, StringComparison.Ordinal);
            Assert.Contains("Лична карта", text, StringComparison.Ordinal);
            Assert.Contains("Издата.", text, StringComparison.Ordinal);
            Assert.Contains("Стабилна.", text, StringComparison.Ordinal);
            Assert.Contains("Координаторка", text, StringComparison.Ordinal);
            Assert.Contains("11.02.2026.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Датум изласка", text, StringComparison.Ordinal);
            Assert.Contains("Нема циљева у овој фази.", text, StringComparison.Ordinal);
            Assert.Contains("Координатор/ка (име, потпис, датум)", text, StringComparison.Ordinal);
            Assert.Contains("страна1од", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal); // PdfPig may split a word
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static StringLocalizer<SharedResource> Localizer() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
