using System.Data.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// Test-only endpoint: a request whose client hangs up while its work runs, which then fails with whatever its driver
/// throws. SQL Server's driver throws its own SqlException ("Operation cancelled by user"), which no test can make: a
/// <see cref="DbException"/> of the same kind stands in for it, neither an <see cref="OperationCanceledException"/> nor
/// an <see cref="IOException"/>, the two the framework's error pages already recognise.
/// </summary>
[AllowAnonymous]
public sealed class AbandonedRequestController : Controller
{
    [HttpGet("/__test/abandoned")]
    public IActionResult Abandoned()
    {
        HttpContext.Abort();
        throw new CancelledCommandException();
    }

    private sealed class CancelledCommandException() : DbException("A severe error occurred on the current command. Operation cancelled by user.");
}
