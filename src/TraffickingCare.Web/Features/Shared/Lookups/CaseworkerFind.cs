namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// A searching caseworker picker's own form (<c>Shared/_CaseworkerFind</c>): a GET of <see cref="Action"/> with what was
/// typed as <see cref="Name"/>; <see cref="Id"/> names the input, and prefixes the form, its button and its hint.
/// </summary>
/// <param name="BeforeKey">The hint before anything is typed: what the caseworker is found for.</param>
public sealed record CaseworkerFind(CaseworkerPick Pick, string Action, string Name, string Id, string BeforeKey);
