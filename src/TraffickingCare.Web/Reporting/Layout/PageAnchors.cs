namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>
/// On which page each anchored heading landed. Filled while the document is laid out and read while it is drawn,
/// so a contents page can name pages that come after it without a second layout pass.
/// </summary>
internal sealed class PageAnchors
{
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);

    public void Mark(string anchor, int page)
    {
        if (!pages.TryAdd(anchor, page))
        {
            throw new InvalidOperationException($"The anchor \"{anchor}\" is given to two headings.");
        }
    }

    public int PageOf(string anchor) => pages.TryGetValue(anchor, out var page)
        ? page
        : throw new InvalidOperationException($"The contents name the anchor \"{anchor}\", which no heading carries.");
}
