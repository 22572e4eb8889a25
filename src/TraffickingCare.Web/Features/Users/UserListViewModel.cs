using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Users;

/// <summary>One page of the accounts the filter finds, and how many it finds in all.</summary>
public sealed record UserListViewModel(UserListFilter Filter, IReadOnlyList<UserRow> Rows, int Total)
{
    public Pager Pager => new(Filter.Page, Pages(Total));

    public static int Pages(int total) => Math.Max(1, (total + UserListFilter.PageSize - 1) / UserListFilter.PageSize);
}
