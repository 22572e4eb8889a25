using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Infrastructure.Time;

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

    /// <summary>The form as the record holds it now; empty (version 0) when no one is recorded yet.</summary>
    public static PersonIdentityForm Of(PersonIdentity? person) => person is null ? new() : new()
    {
        Version = person.Version,
        FirstName = person.FirstName,
        LastName = person.LastName,
        Alias = person.Alias,
        DateOfBirth = person.DateOfBirth is { } dob ? CentreClock.FormatDate(dob) : null,
        PersonalIdNumber = person.PersonalIdNumber,
        Phone = person.Phone,
        Address = person.Address,
        Documents = person.Documents,
    };
}
