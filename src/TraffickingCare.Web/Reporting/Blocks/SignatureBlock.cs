using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>
/// Lines to sign on, side by side in equal slots, each with its caption centred under it
/// (e.g. "Voditelj slučaja" and "Rukovodilac"). Kept together on one page.
/// </summary>
internal sealed class SignatureBlock(IReadOnlyList<string> captions) : Block
{
    private const float RoomToSign = 42;
    private const float Gap = 24;

    public override void Layout(PageFlow flow)
    {
        var slot = (flow.Width - Gap * (captions.Count - 1)) / captions.Count;
        var row = new TextRow(captions
            .Select((caption, i) => TextCell.Wrap(flow.Type, caption, i * (slot + Gap), slot, TextStyle.Caption, CellAlignment.Center))
            .ToList());

        flow.EnsureRoom(RoomToSign + row.Height);
        flow.Advance(RoomToSign);
        for (var i = 0; i < captions.Count; i++)
        {
            var left = flow.Left + i * (slot + Gap);
            flow.Add(new LineItem(new SKPoint(left, flow.Y), new SKPoint(left + slot, flow.Y), 0.75f));
        }

        row.Place(flow, 0, row.LineCount);
        flow.Advance(TextStyle.Body.LineHeight);
    }
}
