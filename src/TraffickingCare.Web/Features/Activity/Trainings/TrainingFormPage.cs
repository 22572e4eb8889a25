using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>The new or edit page: the form and what its selects and rows offer (the staff trainers: all, or those found by name).</summary>
public sealed record TrainingFormPage(
    TrainingForm Form, IReadOnlyList<CodeListOption> Municipalities, IReadOnlyList<CodeListOption> Sectors, CaseworkerPick Staff)
{
    /// <summary>Set on the edit page: the training being edited.</summary>
    public Guid? TrainingId { get; init; }

    public string SectorLabel(string? code) => Sectors.FirstOrDefault(s => s.Code == code)?.Label ?? code ?? string.Empty;
}
