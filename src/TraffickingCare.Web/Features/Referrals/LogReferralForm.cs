using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>What the caseworker types while the caller is still on the line. Only when, how and from whom are required.</summary>
public sealed class LogReferralForm
{
    public Guid SubmissionKey { get; set; }

    [Display(Name = "Referrals.Log.ReceivedOn")]
    public string? ReceivedOn { get; set; }

    [Display(Name = "Referrals.Log.ReceivedAt")]
    public string? ReceivedAt { get; set; }

    [Display(Name = "Referrals.Log.Channel")]
    public string? ChannelCode { get; set; }

    [Display(Name = "Referrals.Log.ReferrerSector")]
    public string? ReferrerSectorCode { get; set; }

    [Display(Name = "Referrals.Log.ReferrerOrganisation")]
    public string? ReferrerOrganisation { get; set; }

    [Display(Name = "Referrals.Log.ReferrerContact")]
    public string? ReferrerContact { get; set; }

    [Display(Name = "Referrals.Log.Municipality")]
    public string? MunicipalityCode { get; set; }

    [Display(Name = "Referrals.Log.PersonName")]
    public string? PersonNameOrAlias { get; set; }

    [Display(Name = "Referrals.Log.Sex")]
    public string? SexCode { get; set; }

    [Display(Name = "Referrals.Log.Age")]
    public string? Age { get; set; }

    [Display(Name = "Referrals.Log.DateOfBirth")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "Referrals.Log.Citizenship")]
    public string? CitizenshipCode { get; set; }

    [Display(Name = "Referrals.Log.Language")]
    public string? LanguageCode { get; set; }

    [Display(Name = "Referrals.Log.Circumstances")]
    public string? Circumstances { get; set; }

    [Display(Name = "Referrals.Log.ImmediateDanger")]
    public bool ImmediateDanger { get; set; }

    [Display(Name = "Referrals.Log.Child")]
    public bool Child { get; set; }

    [Display(Name = "Referrals.Log.Injured")]
    public bool Injured { get; set; }

    [Display(Name = "Referrals.Log.Detained")]
    public bool Detained { get; set; }
}
