namespace TraffickingCare.Web.Features.Reports.Annual;

public sealed record IntroductionPage(int Year, IntroductionForm Form);
