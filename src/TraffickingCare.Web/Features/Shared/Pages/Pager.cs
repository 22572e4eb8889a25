namespace TraffickingCare.Web.Features.Shared.Pages;

/// <summary>Where a paged list is: the <c>_Pager</c> partial links the pages before and after, keeping the list's filter.</summary>
public sealed record Pager(int Page, int Pages);
