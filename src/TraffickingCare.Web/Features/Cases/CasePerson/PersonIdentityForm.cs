using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases.CasePerson;

/// <summary>The person's identifying data on a case, all optional; stored encrypted.</summary>
public sealed class PersonIdentityForm
{
    /// <summary>The identity record's version when the form was shown (0 when there is none yet).</summary>
    public int Version { get; set; }

    [Display(Name = "People.FirstName")]
    public string? FirstName { get; set; }

    [Display(Name = "People.LastName")]
    public string? LastName { get; set; }

    [Display(Name = "People.Alias")]
    public string? Alias { get; set; }

    [Display(Name = "People.DateOfBirth")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "People.PersonalIdNumber")]
    public string? PersonalIdNumber { get; set; }

    [Display(Name = "People.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "People.Address")]
    public string? Address { get; set; }

    [Display(Name = "People.Documents")]
    public string? Documents { get; set; }
}
