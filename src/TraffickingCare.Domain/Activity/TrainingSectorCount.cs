using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>How many participants of one training came from one sector (a <c>TrainingSector</c> code).</summary>
public sealed class TrainingSectorCount : Entity, IPartOf<Training>
{
    private TrainingSectorCount()
    {
        SectorCode = string.Empty;
    }

    public Guid TrainingId { get; private set; }

    Guid IPartOf<Training>.RootId => TrainingId;

    public string SectorCode { get; private set; }

    public int Count { get; private set; }

    internal static TrainingSectorCount Of(Guid trainingId, string sectorCode, int count) =>
        new() { TrainingId = trainingId, SectorCode = sectorCode, Count = count };

    internal void Recount(int count) => Count = count;
}
