namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>How many participants came from one sector (<see cref="Code"/>: a <c>TrainingSector</c> code, posted hidden).</summary>
public sealed class SectorCountInput
{
    public string? Code { get; set; }

    public int? Count { get; set; }
}
