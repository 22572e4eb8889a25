namespace TraffickingCare.Web.Features.AccessAlerts;

/// <summary>Mark one alert reviewed, at the version the reviewer saw.</summary>
public sealed class ReviewAccessAlertForm
{
    public Guid Id { get; set; }

    public int Version { get; set; }
}
