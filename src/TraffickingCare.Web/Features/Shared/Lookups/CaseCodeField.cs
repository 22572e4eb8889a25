namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>One code-list field of the profile or exploitation form, for the select and checkbox-group partials.</summary>
public sealed record CaseCodeField(string Name, string Label, IReadOnlyList<CodeListOption> Options, IReadOnlyCollection<string> Selected, string? Hint = null);
