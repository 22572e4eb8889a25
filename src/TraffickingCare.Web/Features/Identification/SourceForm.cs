namespace TraffickingCare.Web.Features.Identification;

public sealed class SourceForm
{
    public string? Institution { get; set; }

    public string? Document { get; set; }

    /// <summary>As typed, dd.MM.yyyy.</summary>
    public string? ReceivedOn { get; set; }
}
