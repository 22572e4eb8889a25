using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>What the proceeding's edit form posts; amounts and dates as typed (dd.MM.yyyy.), so a refused form shows them back.</summary>
public class ProceedingForm
{
    public int Version { get; set; }

    public Guid? AuthorityId { get; set; }

    public string? CaseNumber { get; set; }

    public ProceedingRole? Role { get; set; }

    public bool LawyerEngaged { get; set; }

    public Guid? LawyerPartnerId { get; set; }

    public string? LawyerDescription { get; set; }

    public List<ProtectiveMeasures> Measures { get; set; } = [];

    public string? ClaimedAmount { get; set; }

    public string? ClaimedCurrency { get; set; } = "RSD";

    public string? ClaimedOn { get; set; }

    public string? AwardedAmount { get; set; }

    public string? AwardedCurrency { get; set; } = "RSD";

    public string? AwardedOn { get; set; }

    public bool NonPunishmentApplied { get; set; }
}
