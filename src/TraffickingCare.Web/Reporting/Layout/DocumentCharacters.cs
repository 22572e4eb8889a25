namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>Every character a laid-out document prints: its text, what its drawings declare, its page decoration.</summary>
internal static class DocumentCharacters
{
    public static HashSet<int> Of(IEnumerable<LaidOutPage> pages, IEnumerable<string> decoration)
    {
        var characters = new HashSet<int>();
        var texts = pages.SelectMany(p => p.Items).Select(item => item switch
        {
            TextItem text => text.Text,
            DrawingItem drawing => drawing.Text,
            _ => string.Empty,
        });
        foreach (var text in texts.Concat(decoration))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                characters.Add(rune.Value);
            }
        }

        return characters;
    }
}
