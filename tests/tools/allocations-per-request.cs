// The bytes a request allocates, from a trace of the running app (issue 16, item 5: the annual report "with under
// 50 MB allocated"). Not part of the solution or of CI: a .NET file-based program, run by hand as
// docs/performance.md shows ("The report's allocations at 1,000,000 cases").
//
// The trace holds the runtime's allocation samples (one event about every 100 KB a thread allocates, with the amount
// and the stack) and ASP.NET Core's request start and stop events. Requests run one at a time (the benchmark's
// timed runs do), so each sample between a request's start and stop is that request's, on whatever thread it ran
// (the report's second lane included), except the audit sealer's, which runs beside every request and is told apart
// by its stack.
#:property ManagePackageVersionsCentrally=false
#:package Microsoft.Diagnostics.Tracing.TraceEvent@3.1.21

using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run tests/tools/allocations-per-request.cs -- TRACE.nettrace");
    return 2;
}

// Microsoft.AspNetCore.Hosting's EventSource: RequestStart (3) and RequestStop (4), whose second field is the path.
var hosting = new Guid("9ded64a4-414c-5251-dcf7-1e4e20c15e70");
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
string? current = null;
var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
var requests = new Dictionary<string, int>(StringComparer.Ordinal);
long sealer = 0, between = 0;
foreach (var e in log.Events)
{
    if (e.ProviderGuid == hosting && (int)e.ID == 3)
    {
        current = (e.PayloadValue(1)?.ToString() ?? "?").Split('?')[0];
        requests[current] = requests.GetValueOrDefault(current) + 1;
    }
    else if (e.ProviderGuid == hosting && (int)e.ID == 4)
    {
        current = null;
    }
    else if (e is GCAllocationTickTraceData tick)
    {
        if (IsSealer(tick))
        {
            sealer += tick.AllocationAmount64;
        }
        else if (current is null)
        {
            between += tick.AllocationAmount64;
        }
        else
        {
            bytes[current] = bytes.GetValueOrDefault(current) + tick.AllocationAmount64;
        }
    }
}

Console.WriteLine($"the audit sealer beside the requests: {sealer / 1e6:F1} MB; between requests: {between / 1e6:F1} MB");
foreach (var (path, total) in bytes.OrderByDescending(b => b.Value))
{
    Console.WriteLine($"{path}: {requests[path]} requests, {total / 1e6 / requests[path]:F1} MB a request");
}

return 0;

static bool IsSealer(TraceEvent tick)
{
    for (var frame = tick.CallStack(); frame is not null; frame = frame.Caller)
    {
        if (frame.CodeAddress.FullMethodName?.Contains("AuditChainSealer", StringComparison.Ordinal) == true)
        {
            return true;
        }
    }

    return false;
}
