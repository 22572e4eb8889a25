namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run from: files the app does not load but ships (the compose file, deploy scripts).</summary>
public static class Repository
{
    /// <summary>The folder of TraffickingCare.sln, found upwards from the test assembly.</summary>
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TraffickingCare.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (TraffickingCare.sln) was not found.");
    }
}
