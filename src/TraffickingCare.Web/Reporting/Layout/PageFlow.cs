using System.Globalization;
using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>
/// The cursor of layout: fills pages top to bottom and opens the next page when asked. While a table
/// is being laid out, its header row is placed again at the top of every new page.
/// </summary>
internal sealed class PageFlow
{
    private readonly List<LaidOutPage> pages = [];
    private readonly PageMargins margins;
    private PageOrientation orientation;
    private LaidOutPage page = null!;
    private float y;
    private float freshPageY;
    private (float Height, Action<PageFlow> Place)? repeated;

    public PageFlow(Typesetter type, CultureInfo culture, PageOrientation orientation, PageMargins margins)
    {
        Type = type;
        Culture = culture;
        this.orientation = orientation;
        this.margins = margins;
        NewPage();
    }

    public Typesetter Type { get; }

    /// <summary>The document's culture, for numbers the engine writes itself (chart values).</summary>
    public CultureInfo Culture { get; }

    public IReadOnlyList<LaidOutPage> Pages => pages;

    /// <summary>The pages the anchored headings landed on, complete once every block is laid out.</summary>
    public PageAnchors Anchors { get; } = new();

    /// <summary>The number of the page being filled, counting from 1.</summary>
    public int PageNumber => pages.Count;

    public float Left => page.Content.Left;

    public float Width => page.Content.Width;

    public float Y => y;

    public float Remaining => page.Content.Bottom - y;

    /// <summary>The room a fresh page offers below the repeated table header, if any.</summary>
    public float RoomOnFreshPage => page.Content.Height - (repeated?.Height ?? 0);

    public bool IsFreshPage => y <= freshPageY + 0.01f;

    public void NewPage(PageOrientation? turnTo = null)
    {
        orientation = turnTo ?? orientation;
        var size = PageSize.Of(orientation);
        var content = new SKRect(margins.Left, margins.Top, size.Width - margins.Right, size.Height - margins.Bottom);
        page = new LaidOutPage(size, content);
        pages.Add(page);
        y = content.Top;
        repeated?.Place(this);
        freshPageY = y;
    }

    /// <summary>Opens a new page unless this one still has the room (a fresh page is used as it is).</summary>
    public void EnsureRoom(float height)
    {
        if (height > Remaining && !IsFreshPage)
        {
            NewPage();
        }
    }

    public void Add(PageItem item) => page.Items.Add(item);

    public void Advance(float height) => y = Math.Min(y + height, page.Content.Bottom);

    /// <summary>Until the returned scope ends, <paramref name="place"/> runs at the top of each new page.</summary>
    public IDisposable RepeatOnEveryPage(float height, Action<PageFlow> place)
    {
        repeated = (height, place);
        return new RepeatScope(this);
    }

    private sealed class RepeatScope(PageFlow flow) : IDisposable
    {
        public void Dispose() => flow.repeated = null;
    }
}
