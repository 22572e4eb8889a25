using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>A hearing as typed: the Centre's local date (dd.MM.yyyy.) and time (HH:mm).</summary>
public sealed class HearingForm
{
    public int Version { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    public Guid? CourtId { get; set; }

    public HearingKind? Kind { get; set; }

    /// <summary>The staff member who escorts the person; or <see cref="EscortPartnerId"/>, not both.</summary>
    public string? EscortUserId { get; set; }

    public Guid? EscortPartnerId { get; set; }

    public bool PsychologicalSupport { get; set; }

    public bool StatementGiven { get; set; }

    public string? Outcome { get; set; }
}
