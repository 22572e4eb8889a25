using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.CodeLists;

/// <summary>
/// One value of a code list (šifarnik): a stable code (HTCDS value name where HTCDS has the concept)
/// with a label in each UI language. Codes never change once used, so that statistics and
/// HTCDS exports keep their meaning; labels may be corrected.
/// </summary>
public sealed class CodeListItem : Entity
{
    public const int CodeMaxLength = 64;
    public const int LabelMaxLength = 200;

    private CodeListItem()
    {
        List = string.Empty;
        Code = string.Empty;
        LabelLatin = string.Empty;
        LabelCyrillic = string.Empty;
        LabelEnglish = string.Empty;
    }

    public string List { get; private set; }

    public string Code { get; private set; }

    public string LabelLatin { get; private set; }

    public string LabelCyrillic { get; private set; }

    public string LabelEnglish { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public static CodeListItem Create(string list, string code, CodeListLabels labels, int sortOrder)
    {
        var item = new CodeListItem
        {
            List = Guard.Text(list, CodeMaxLength, "CodeLists.Errors.ListRequired"),
            Code = Guard.Text(code, CodeMaxLength, "CodeLists.Errors.CodeRequired"),
            IsActive = true,
        };
        item.Relabel(labels, sortOrder);
        return item;
    }

    public void Relabel(CodeListLabels labels, int sortOrder)
    {
        LabelLatin = Guard.Text(labels.Latin, LabelMaxLength, "CodeLists.Errors.LabelRequired");
        LabelCyrillic = Guard.Text(labels.Cyrillic, LabelMaxLength, "CodeLists.Errors.LabelRequired");
        LabelEnglish = Guard.Text(labels.English, LabelMaxLength, "CodeLists.Errors.LabelRequired");
        SortOrder = sortOrder;
    }

    /// <summary>Retired values stay readable on old records but are no longer offered.</summary>
    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    public string LabelFor(UiLanguage language) => language switch
    {
        UiLanguage.Cyrillic => LabelCyrillic,
        UiLanguage.English => LabelEnglish,
        _ => LabelLatin,
    };
}
