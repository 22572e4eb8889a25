using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

/// <summary>The merge page: the duplicate, how many contact people go with it, and the entries it can be merged into.</summary>
public sealed record MergePartnerPage(Guid PartnerId, string Name, Sector Sector, int Contacts, IReadOnlyList<CodeListOption> Candidates, MergePartnerForm Form);
