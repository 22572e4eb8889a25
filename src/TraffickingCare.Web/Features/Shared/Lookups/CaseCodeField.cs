namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// One code-list field of a form, for the select and checkbox-group partials (<c>_CodeSelect</c>, <c>_CodeChecks</c>).
/// The field is posted as <c>{Prefix}.{Name}</c>: <see cref="Prefix"/> is the form's name in the page model.
/// A <see cref="Required"/> select asks to choose; an optional one offers "not known".
/// </summary>
public sealed record CaseCodeField(string Name, string Label, IReadOnlyList<CodeListOption> Options, IReadOnlyCollection<string> Selected, string? Hint = null)
{
    public string Prefix { get; init; } = "Form";

    public bool Required { get; init; }

    /// <summary>
    /// When set, a checkbox's id is this prefix and its code ("form-ForcedLabour"), stable whatever the list's order;
    /// otherwise the field's id and the option's position.
    /// </summary>
    public string? OptionIdPrefix { get; init; }

    public string FullName => string.IsNullOrEmpty(Prefix) ? Name : $"{Prefix}.{Name}";

    public string Id => FullName.Replace('.', '_');

    public string OptionId(CodeListOption option, int index) => OptionIdPrefix is null ? $"{Id}-{index}" : OptionIdPrefix + option.Code;
}
