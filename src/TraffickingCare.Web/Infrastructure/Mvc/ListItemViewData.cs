using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// View data for a partial that edits one item of a form's list: the page's own, with the item's fields named under its
/// place in the form (<c>Form.Sectors[3]</c>), so each <c>asp-for</c> in the partial is a plain member. An indexed
/// <c>asp-for</c> in a page's loop makes MVC compile a lambda for every field of every row, on every request: 90 % of
/// the preliminary checklist's time (200 ms), and 60 % of a training form's.
/// </summary>
public static class ListItemViewData
{
    /// <param name="list">The list's path in the page's model, e.g. <c>Form.Sectors</c>.</param>
    /// <param name="row">What the partial shows beside the item (a label, the row's position), read back with <see cref="Row{T}"/>.</param>
    public static ViewDataDictionary For(ViewDataDictionary page, string list, int index, object? row = null)
    {
        var data = new ViewDataDictionary(page);
        if (row is not null)
        {
            data[row.GetType().Name] = row;
        }

        data.TemplateInfo.HtmlFieldPrefix = $"{list}[{index}]";
        return data;
    }

    /// <summary>The row the page gave <see cref="For"/>.</summary>
    public static T Row<T>(ViewDataDictionary data) => (T)data[typeof(T).Name]!;
}
