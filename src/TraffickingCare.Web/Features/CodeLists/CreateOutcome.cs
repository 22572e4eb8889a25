namespace TraffickingCare.Web.Features.CodeLists;

public enum CreateOutcome
{
    Created,
    UnknownList,
    DuplicateCode,
}
