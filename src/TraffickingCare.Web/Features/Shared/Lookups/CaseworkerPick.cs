namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// What a caseworker picker offers (<see cref="CaseworkerOptionsQuery.PickAsync"/>): every caseworker, or, when
/// <see cref="Searches"/>, those found for <see cref="Find"/> (none before anything is typed).
/// </summary>
public sealed record CaseworkerPick(IReadOnlyList<CodeListOption> Offered, bool Searches, string? Find)
{
    /// <summary>Whether the search may have found more than it offers (the user should type more of the name).</summary>
    public bool MayHaveMore => Searches && Offered.Count >= CaseworkerOptionsQuery.FoundAtMost;
}
