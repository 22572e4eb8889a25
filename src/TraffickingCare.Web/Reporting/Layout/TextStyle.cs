namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>Size in points and weight: the whole typography of the documents, in one place.</summary>
internal readonly record struct TextStyle(float Size, bool Bold)
{
    public static readonly TextStyle Body = new(10.5f, false);
    public static readonly TextStyle BodyBold = new(10.5f, true);
    public static readonly TextStyle Table = new(9.5f, false);
    public static readonly TextStyle TableBold = new(9.5f, true);
    public static readonly TextStyle Caption = new(9f, false);
    public static readonly TextStyle PageHeader = new(8.5f, false);
    public static readonly TextStyle PageHeaderBold = new(8.5f, true);

    public static TextStyle Heading(int level) => level switch
    {
        1 => new(16f, true),
        2 => new(13f, true),
        _ => new(11.5f, true),
    };

    public float LineHeight => Size * 1.35f;
}
