using TraffickingCare.Web.Features.Activity.Trainings.Materials;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>A training's page: everything recorded, its trainers, the headcount both ways, and its materials.</summary>
public sealed record TrainingDetailsViewModel(
    Guid Id,
    DateOnly HeldOn,
    int Hours,
    string Topic,
    bool Accredited,
    string? AccreditationNumber,
    string MunicipalityLabel,
    string Organiser,
    IReadOnlyList<TrainerRow> Trainers,
    IReadOnlyList<SectorCountRow> Sectors,
    int Women,
    int Men,
    int SexNotStated,
    IReadOnlyList<MaterialRow> Materials,
    long MaxMaterialBytes)
{
    public int Participants => Women + Men + SexNotStated;

    /// <summary>The training's version on the page: removing it from a page older than a correction is told, not applied.</summary>
    public int Version { get; init; }

    /// <summary>The upload form, with what was typed when it came back refused.</summary>
    public UploadMaterialForm Upload { get; init; } = new();
}
