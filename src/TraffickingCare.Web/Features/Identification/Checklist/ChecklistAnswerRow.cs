using Microsoft.AspNetCore.Mvc.ViewFeatures;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Checklist;

/// <summary>What <c>_ChecklistAnswer</c> shows beside the answer it edits: the indicator, its position and whether the page edits.</summary>
public sealed record ChecklistAnswerRow(ChecklistItemView Item, int Index, bool CanEdit)
{
    /// <summary>The partial's view data: the page's own, with the fields named under the answer's place in the form.</summary>
    public ViewDataDictionary ViewDataFrom(ViewDataDictionary page) =>
        ListItemViewData.For(page, $"{nameof(ChecklistViewModel.Form)}.{nameof(ChecklistForm.Answers)}", Index, this);
}
