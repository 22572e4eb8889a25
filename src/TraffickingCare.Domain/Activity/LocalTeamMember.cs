using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>A member institution of a local team: an entry of the partner directory.</summary>
public sealed class LocalTeamMember : Entity, IPartOf<LocalTeam>
{
    private LocalTeamMember()
    {
    }

    public Guid TeamId { get; private set; }

    Guid IPartOf<LocalTeam>.RootId => TeamId;

    public Guid PartnerId { get; private set; }

    internal static LocalTeamMember Of(Guid teamId, Guid partnerId) => new() { TeamId = teamId, PartnerId = partnerId };
}
