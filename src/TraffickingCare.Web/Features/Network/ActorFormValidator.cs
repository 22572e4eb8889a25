using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// An institution, or the family sector without one; a known sector and role; a last contact, if given, that has
/// happened. Whether the institution and its contact person exist is the handler's check (one query with the record).
/// </summary>
public sealed class ActorFormValidator : AbstractValidator<ActorForm>
{
    public ActorFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock)
    {
        RuleFor(x => x.Sector)
            .Must(s => ActorSectors.TryParse(s, out _))
            .When(x => !string.IsNullOrEmpty(x.Sector))
            .WithMessage(_ => l["Network.Errors.Sector"]);
        RuleFor(x => x.PartnerId)
            .NotNull()
            .When(x => x.Sector != nameof(Sector.Family))
            .WithMessage(_ => l["Network.Errors.PartnerRequired"]);
        RuleFor(x => x.RoleCode)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Network.Errors.Role"])
            .InCodeList(db, NetworkQuery.RoleList, f => f.HeldRoleCode is { } held ? [held] : []).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.LastContactOn)
            .PastDate(clock)
            .When(x => !string.IsNullOrWhiteSpace(x.LastContactOn))
            .WithMessage(_ => l["Network.Errors.ContactDate"]);
    }
}
