using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>
/// One indicator of the preliminary checklist, as introduced in one version of the indicator set.
/// Rows are never changed: a new or reworded indicator comes with a new set version, and a
/// checklist keeps the version it was made with, so an old checklist always shows what was asked.
/// </summary>
public sealed class IdentificationIndicator : Entity
{
    public const int CodeMaxLength = 64;
    public const int LabelMaxLength = 300;

    private IdentificationIndicator()
    {
        Code = string.Empty;
        LabelLatin = string.Empty;
        LabelCyrillic = string.Empty;
        LabelEnglish = string.Empty;
    }

    public string Code { get; private set; }

    /// <summary>The indicator set version that introduced this wording.</summary>
    public int SetVersion { get; private set; }

    /// <summary>The set version from which the indicator is no longer asked, if any.</summary>
    public int? RetiredInSetVersion { get; private set; }

    public IndicatorGroup Group { get; private set; }

    public int SortOrder { get; private set; }

    public string LabelLatin { get; private set; }

    public string LabelCyrillic { get; private set; }

    public string LabelEnglish { get; private set; }

    public static IdentificationIndicator Introduce(string code, int setVersion, IndicatorGroup group, int sortOrder, CodeListLabels labels) => new()
    {
        Code = Guard.Text(code, CodeMaxLength, "Identification.Errors.IndicatorCode"),
        SetVersion = setVersion,
        Group = group,
        SortOrder = sortOrder,
        LabelLatin = Guard.Text(labels.Latin, LabelMaxLength, "CodeLists.Errors.LabelRequired"),
        LabelCyrillic = Guard.Text(labels.Cyrillic, LabelMaxLength, "CodeLists.Errors.LabelRequired"),
        LabelEnglish = Guard.Text(labels.English, LabelMaxLength, "CodeLists.Errors.LabelRequired"),
    };

    /// <summary>Whether a checklist made with <paramref name="setVersion"/> asks this indicator (in this wording).</summary>
    public bool IsAskedIn(int setVersion) => SetVersion <= setVersion && (RetiredInSetVersion is null || RetiredInSetVersion > setVersion);

    public void Retire(int fromSetVersion) => RetiredInSetVersion ??= fromSetVersion;
}
