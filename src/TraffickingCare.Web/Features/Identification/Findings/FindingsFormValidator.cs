using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>
/// What can be checked before the domain: lengths, known options. The second author is checked against the case's
/// team when the draft is saved (<see cref="SaveFindingsHandler"/>).
/// </summary>
public sealed class FindingsFormValidator : AbstractValidator<FindingsForm>
{
    public const string ExploitationTypeList = "ExploitationType";

    public FindingsFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db)
    {
        foreach (var section in new System.Linq.Expressions.Expression<Func<FindingsForm, string?>>[] { x => x.Basis, x => x.Sources, x => x.EstablishedFacts, x => x.IndicatorAnalysis, x => x.Opinion })
        {
            RuleFor(section).MaximumLength(FindingsSections.SectionMaxLength).WithMessage(_ => l["Validation.TooLong", FindingsSections.SectionMaxLength]);
        }

        RuleFor(x => x.Decision).IsInEnum().WithMessage(_ => l["Validation.UnknownOption"]);

        // A form already on the document stays valid after its code is retired; a new one must be active.
        RuleFor(x => x.Forms).AllInCodeList(db, ExploitationTypeList, f => f.HeldForms).WithMessage(_ => l["Validation.UnknownOption"]);
    }
}
