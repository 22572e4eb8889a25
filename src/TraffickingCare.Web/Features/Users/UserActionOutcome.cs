namespace TraffickingCare.Web.Features.Users;

public enum UserActionOutcome
{
    Done,
    NotFound,
    Stale,
    OwnAccount,
}
