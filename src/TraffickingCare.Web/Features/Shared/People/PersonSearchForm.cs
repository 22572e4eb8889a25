namespace TraffickingCare.Web.Features.Shared.People;

/// <summary>The coordinator's own search for an existing person; it starts from what the referral knew.</summary>
public sealed class PersonSearchForm
{
    public string? Name { get; set; }

    /// <summary>As typed, dd.MM.yyyy.</summary>
    public string? DateOfBirth { get; set; }
}
