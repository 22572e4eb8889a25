namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>A large directory's search (<see cref="StaffOrPartnerOptionsQuery.ForCaseAsync"/>): what was typed, and how many it found.</summary>
public sealed record PartnerSearch(string? Find, int Found)
{
    /// <summary>Whether the search may have found more than it offers (the user should type more of the name).</summary>
    public bool MayHaveMore => Found >= StaffOrPartnerOptionsQuery.FoundAtMost;
}
