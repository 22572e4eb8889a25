namespace TraffickingCare.Web.Reporting.Layout;

internal static class RowPlacement
{
    /// <summary>
    /// Whole on this page, or else whole on the next; only a row taller than a fresh page is split,
    /// its lines continuing on the following pages.
    /// </summary>
    public static void KeepTogether(PageFlow flow, TextRow row)
    {
        if (row.Height <= flow.Remaining)
        {
            row.Place(flow, 0, row.LineCount);
            return;
        }

        if (row.Height <= flow.RoomOnFreshPage)
        {
            flow.NewPage();
            row.Place(flow, 0, row.LineCount);
            return;
        }

        Split(flow, row);
    }

    /// <summary>As many lines as fit on this page, the rest on the next pages (paragraphs flow like this).</summary>
    public static void Split(PageFlow flow, TextRow row)
    {
        var first = 0;
        while (first < row.LineCount)
        {
            var fit = row.LinesThatFit(flow.Remaining);
            if (fit == 0 && !flow.IsFreshPage)
            {
                flow.NewPage();
                continue;
            }

            var count = Math.Clamp(fit, 1, row.LineCount - first);
            row.Place(flow, first, count);
            first += count;
            if (first < row.LineCount)
            {
                flow.NewPage();
            }
        }
    }
}
