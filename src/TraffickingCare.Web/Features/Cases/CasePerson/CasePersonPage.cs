namespace TraffickingCare.Web.Features.Cases.CasePerson;

/// <summary>The page where the team records or corrects who the person is: the case's code and the form.</summary>
public sealed record CasePersonPage(Guid Id, string Code, PersonIdentityForm Form)
{
    /// <summary>What is saved now, shown after a refused save from an older page.</summary>
    public PersonIdentityForm? Saved { get; init; }
}
