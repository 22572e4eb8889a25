namespace TraffickingCare.Web.Reporting;

/// <summary>Configuration section "Reporting": where the two font faces are and whose name heads every page.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";
    public const string FontFolderKey = Section + ":" + nameof(FontFolder);
    public const string RegularFontFile = "DejaVuSans.ttf";
    public const string BoldFontFile = "DejaVuSans-Bold.ttf";

    /// <summary>Debian's fonts-dejavu-core installs the faces here.</summary>
    public string FontFolder { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>Printed in the header of every page and written as the PDF's author: the institution, never a person.</summary>
    public string CentreName { get; set; } = "Centar za zaštitu žrtava trgovine ljudima";

    public string RegularFontPath => Path.Combine(FontFolder, RegularFontFile);

    public string BoldFontPath => Path.Combine(FontFolder, BoldFontFile);
}
