namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>A box of wrapped lines: X and Width are the box's, relative to the left margin; text sits inside the padding.</summary>
internal sealed record TextCell(float X, float Width, TextStyle Style, CellAlignment Alignment, IReadOnlyList<string> Lines)
{
    public static TextCell Wrap(Typesetter type, string text, float x, float width, TextStyle style, CellAlignment alignment = CellAlignment.Left, float padding = 0) =>
        new(x, width, style, alignment, type.Wrap(text, style, Math.Max(width - 2 * padding, 1)));
}
