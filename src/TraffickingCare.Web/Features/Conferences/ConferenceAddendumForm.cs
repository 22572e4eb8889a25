namespace TraffickingCare.Web.Features.Conferences;

/// <summary>An addendum to closed minutes, as the conference page posts it.</summary>
public sealed class ConferenceAddendumForm
{
    public string? Text { get; set; }
}
