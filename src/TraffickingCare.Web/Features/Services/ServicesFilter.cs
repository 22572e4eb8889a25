namespace TraffickingCare.Web.Features.Services;

/// <summary>The service list's filters, from the query string.</summary>
public sealed class ServicesFilter
{
    public const int PageSize = 25;

    public string? Type { get; set; }

    /// <summary>dd.MM.yyyy.: given on or after.</summary>
    public string? From { get; set; }

    /// <summary>dd.MM.yyyy.: given on or before.</summary>
    public string? To { get; set; }

    /// <summary>A staff member or a partner (<see cref="Shared.Lookups.StaffOrPartnerValue"/>).</summary>
    public string? GivenBy { get; set; }

    public int Page { get; set; } = 1;
}
