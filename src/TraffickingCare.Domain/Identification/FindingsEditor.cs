using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>
/// A person who wrote part of a findings and opinion: who created it, saved it or changed its content.
/// Recorded by the document itself, so four eyes hold whoever the named authors are: nobody who wrote
/// it may approve it, and its PDF names these people as its authors.
/// </summary>
public sealed class FindingsEditor : IPartOf<FindingsAndOpinion>
{
    private FindingsEditor()
    {
        UserId = string.Empty;
    }

    public Guid FindingsId { get; private set; }

    Guid IPartOf<FindingsAndOpinion>.RootId => FindingsId;

    public string UserId { get; private set; }

    /// <summary>The order in which people first wrote in it: the creator is 1.</summary>
    public int Sequence { get; private set; }

    internal static FindingsEditor Of(Guid findingsId, string userId, int sequence) => new() { FindingsId = findingsId, UserId = userId, Sequence = sequence };
}
