using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Reporting;

/// <summary>Runs at start (ValidateOnStart): a missing font stops the app with the file's name and the key to fix.</summary>
public sealed class ReportingOptionsValidator : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        var problems = FontFileCheck.Problems(options).ToList();
        if (string.IsNullOrWhiteSpace(options.CentreName))
        {
            problems.Add($"{ReportingOptions.Section}:{nameof(ReportingOptions.CentreName)} must name the Centre (it heads every page).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
