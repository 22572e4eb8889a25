namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// A searching caseworker picker's own form (<c>Shared/_CaseworkerFind</c>): a GET of <see cref="Action"/> with what was
/// typed as <see cref="Name"/>; <see cref="Id"/> names the input, and prefixes the form, its button and its hint.
/// </summary>
/// <param name="BeforeKey">The hint before anything is typed: what the caseworker is found for.</param>
/// <param name="Carried">The page's other query values (a filter already applied), carried through the search.</param>
/// <param name="LabelKey">The search field's label, when the page has another search or finds more than caseworkers.</param>
public sealed record CaseworkerFind(
    CaseworkerPick Pick, string Action, string Name, string Id, string BeforeKey, IReadOnlyDictionary<string, string?>? Carried = null, string LabelKey = "Caseworkers.Find");
