using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>Labels in bold in one column, as wide as the widest label (at most 40 % of the line); values aligned beside them.</summary>
internal sealed class KeyValueBlock(IReadOnlyList<(string Label, string Value)> pairs) : Block
{
    private const float Gap = 10;

    public override void Layout(PageFlow flow)
    {
        var widest = pairs.Select(p => flow.Type.Measure(p.Label, TextStyle.BodyBold)).DefaultIfEmpty(0).Max();
        var labelWidth = Math.Min(widest + Gap, flow.Width * 0.4f);
        foreach (var (label, value) in pairs)
        {
            RowPlacement.KeepTogether(flow, new TextRow(
            [
                TextCell.Wrap(flow.Type, label, 0, labelWidth - Gap, TextStyle.BodyBold),
                TextCell.Wrap(flow.Type, value, labelWidth, flow.Width - labelWidth, TextStyle.Body),
            ]));
        }

        flow.Advance(TextStyle.Body.LineHeight * 0.5f);
    }
}
