namespace TraffickingCare.Web.Features.Shelter.Placements;

public sealed record AdmitPage(AdmitForm Form, IReadOnlyList<BedOption> FreeBeds);
