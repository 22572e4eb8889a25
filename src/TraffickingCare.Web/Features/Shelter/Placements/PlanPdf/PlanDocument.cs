using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.PlanPdf;

/// <summary>
/// A resident's individual plan as a PDF, in the user's language: the stay, the phase history, the goals phase by
/// phase with their reviews, and lines to sign. Like the findings document it names the case by its code only, and
/// the shelter by its unit's name only: the address never leaves the shelter file.
/// </summary>
public static class PlanDocument
{
    public static PdfDocumentModel Compose(PrintablePlan plan, IStringLocalizer<SharedResource> l)
    {
        string Phase(ShelterPhase phase) => l["Shelter.Phase." + phase];
        List<(string, string)> stay =
        [
            (l["Cases.List.Code"], plan.CaseCode),
            (l["Shelter.PlanPdf.Unit"], plan.UnitName),
            (l["Shelter.Admit.On"], Date(plan.AdmittedAtUtc)),
            (l["Shelter.PhaseChange.Current"], Phase(plan.Phase)),
        ];
        if (plan.ExitedOn is { } exited)
        {
            stay.Add((l["Shelter.Exit.On"], CentreClock.FormatDate(exited)));
        }

        stay.Add((l["Shelter.PlanPdf.PrintedOn"], CentreClock.FormatDate(plan.PrintedOn)));
        var document = new PdfDocumentModel(l["Shelter.Plan.Title"], plan.CaseCode)
            .Heading(l["Shelter.Plan.Title"])
            .KeyValues([.. stay]);

        document.Heading(l["Shelter.PhaseChange.History"], 2)
            .Paragraph(l["Shelter.PhaseChange.Admitted", Phase(ShelterPhase.Stabilisation), Date(plan.AdmittedAtUtc)]);
        if (plan.PhaseChanges.Count > 0)
        {
            var history = new PdfTable()
                .Column(l["Shelter.PlanPdf.Change"], 1.3f)
                .Column(l["Shelter.PlanPdf.Proposed"], 1.3f)
                .Column(l["Shelter.PlanPdf.Decision"], 1.5f)
                .Column(l["Shelter.PhaseChange.Review"], 1.9f);
            foreach (var change in plan.PhaseChanges)
            {
                var decision = l["Shelter.PhaseChangeStatus." + change.Status].Value;
                if (change.DecidedAtUtc is { } decided)
                {
                    decision += "\n" + change.DecidedByName + ", " + Date(decided);
                }

                history.Row(
                    $"{Phase(change.From)} → {Phase(change.To)}",
                    change.ProposedByName + ", " + Date(change.ProposedAtUtc),
                    decision,
                    Lines(change.Review,
                        change.SkipReason is null ? null : l["Shelter.PhaseChange.SkipReason"] + ": " + change.SkipReason,
                        change.ReturnReason is null ? null : l["Shelter.PhaseChange.ReturnReason"] + ": " + change.ReturnReason));
            }

            document.Table(history);
        }

        foreach (var phase in GoalsByPhase(plan))
        {
            document.Heading(l["Shelter.PlanPdf.GoalsOf", Phase(phase.Phase)], 2);
            if (phase.Goals.Count == 0)
            {
                document.Paragraph(l["Shelter.Plan.NoGoals"]);
                continue;
            }

            var goals = new PdfTable()
                .Column("#", 0.3f, CellAlignment.Right)
                .Column(l["Shelter.Goal.Area"], 0.9f)
                .Column(l["Shelter.Goal.Description"] + " / " + l["Shelter.Goal.Activities"], 2.6f)
                .Column(l["Shelter.Goal.Responsible"], 1.1f)
                .Column(l["Shelter.Goal.TargetOn"], 0.9f)
                .Column(l["Shelter.Goal.Status"], 0.9f);
            foreach (var (number, goal, _) in phase.Goals)
            {
                goals.Row(number + ".", l["Shelter.GoalArea." + goal.Area], Lines(goal.Description, goal.Activities), goal.ResponsibleName,
                    CentreClock.FormatDate(goal.TargetOn), l["Shelter.GoalStatus." + goal.Status]);
            }

            document.Table(goals);
            if (phase.Goals.Any(g => g.Reviews.Count > 0))
            {
                var reviews = new PdfTable()
                    .Column("#", 0.3f, CellAlignment.Right)
                    .Column(l["Shelter.PlanPdf.ReviewedOn"], 0.9f)
                    .Column(l["Shelter.PlanPdf.Reviewer"], 1.2f)
                    .Column(l["Shelter.Goal.Status"], 0.9f)
                    .Column(l["Shelter.Goal.ReviewComment"], 3.1f);
                foreach (var goal in phase.Goals)
                {
                    foreach (var review in goal.Reviews)
                    {
                        reviews.Row(goal.Number + ".", Date(review.ReviewedAtUtc), review.ReviewerName, l["Shelter.GoalStatus." + review.Status], review.Comment ?? string.Empty);
                    }
                }

                document.Heading(l["Shelter.PlanPdf.Reviews", Phase(phase.Phase)], 3).Table(reviews);
            }
        }

        return document
            .Spacer(36)
            .Signatures(l["Shelter.PlanPdf.PreparedBy"], l["Shelter.PlanPdf.Coordinator"]);
    }

    /// <summary>
    /// Every phase in the programme's order, with its goals in the order given (target date), numbered 1, 2, 3… through
    /// the document, each with its reviews oldest first. A phase without goals is listed too: the plan says so.
    /// </summary>
    public static IReadOnlyList<PhaseGoals> GoalsByPhase(PrintablePlan plan)
    {
        var number = 0;
        return [.. Enum.GetValues<ShelterPhase>().Select(phase => new PhaseGoals(phase, [.. plan.Goals
            .Where(g => g.Phase == phase)
            .Select(g => new NumberedGoal(++number, g, plan.Reviews.TryGetValue(g.Id, out var reviews) ? [.. reviews.OrderBy(r => r.ReviewedAtUtc)] : []))]))];
    }

    /// <summary>The case code, the document in the user's language and the day it was printed: never a name.</summary>
    public static string FileName(PrintablePlan plan, IStringLocalizer<SharedResource> l) =>
        $"{plan.CaseCode}-{l["Files.Plan"]}-{plan.PrintedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.pdf";

    private static string Date(DateTime utc) => CentreClock.FormatInstantDate(utc);

    private static string Lines(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
