namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// What a caseworker picker offers (<see cref="CaseworkerOptionsQuery.PickAsync"/>): every caseworker, or, when
/// <see cref="Searches"/>, those <see cref="Found"/> for <see cref="Find"/> (none before anything is typed), after the
/// ones the page keeps offered (<see cref="Kept"/>: the choices already made, which a search may leave out).
/// </summary>
public sealed record CaseworkerPick(IReadOnlyList<CodeListOption> Kept, IReadOnlyList<CodeListOption> Found, bool Searches, string? Find)
{
    public IReadOnlyList<CodeListOption> Offered => [.. Kept, .. Found];

    /// <summary>Whether the search may have found more than it offers (the user should type more of the name).</summary>
    public bool MayHaveMore => Searches && Found.Count >= CaseworkerOptionsQuery.FoundAtMost;
}
