using System.Text;
using TraffickingCare.Domain.Activity;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>Trainings straight in the database, for tests that start from one; and the files a material upload posts.</summary>
internal static class TrainingArrange
{
    public static byte[] Pdf(string text = "Program obuke.") => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>A training on <paramref name="heldOn"/> with the given sector counts (and as many women as counted).</summary>
    public static Task<Training> TrainingAsync(
        this AppFactory factory, string topic, DateOnly heldOn, string municipality = "RS-KRALJEVO", params (string Sector, int Count)[] sectors) =>
        factory.WithDbAsync(async db =>
        {
            var bySector = (sectors.Length == 0 ? [("Police", 10)] : sectors).ToDictionary(s => s.Sector, s => s.Count);
            var training = Training.Record(
                new TrainingDetails(heldOn, 16, topic, true, "AKR-2026-17", municipality, "Centar za zaštitu žrtava trgovine ljudima"),
                new Headcount(bySector, bySector.Values.Sum(), 0, 0),
                [Trainer.External("Vesna Primerić", "Pravosudna akademija")],
                new CentreClock(factory.Clock).Today,
                null,
                factory.Clock.GetUtcNow().UtcDateTime);
            db.Trainings.Add(training);
            await db.SaveChangesAsync();
            return training;
        });
}
