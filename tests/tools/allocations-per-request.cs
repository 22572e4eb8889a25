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

if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run tests/tools/allocations-per-request.cs -- TRACE.nettrace [PATH [TYPE]]");
    Console.Error.WriteLine("  with PATH (/Cases/{id}, say): what that path's requests allocate, by type and by the app's frame");
    Console.Error.WriteLine("  with TYPE (part of a type's name): the stacks that allocate it there, most bytes first");
    return 2;
}

// With a path: where its bytes go. By type, and by the innermost frame of the app's own code (a Razor view's
// compiled class included), the line a change would touch.
var focus = args.Length >= 2 ? args[1] : null;
var focusType = args.Length == 3 ? args[2] : null;
var byStack = new Dictionary<string, long>(StringComparer.Ordinal);
var byType = new Dictionary<string, long>(StringComparer.Ordinal);
var byFrame = new Dictionary<string, long>(StringComparer.Ordinal);

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
            if (focus is not null && Matches(current, focus))
            {
                byType[tick.TypeName ?? "?"] = byType.GetValueOrDefault(tick.TypeName ?? "?") + tick.AllocationAmount64;
                var frame = AppFrame(tick);
                byFrame[frame] = byFrame.GetValueOrDefault(frame) + tick.AllocationAmount64;
                if (focusType is not null && (tick.TypeName ?? "").Contains(focusType, StringComparison.Ordinal))
                {
                    var stack = Stack(tick, 14);
                    byStack[stack] = byStack.GetValueOrDefault(stack) + tick.AllocationAmount64;
                }
            }
        }
    }
}

Console.WriteLine($"the audit sealer beside the requests: {sealer / 1e6:F1} MB; between requests: {between / 1e6:F1} MB");
foreach (var (path, total) in bytes.OrderByDescending(b => b.Value))
{
    Console.WriteLine($"{path}: {requests[path]} requests, {total / 1e6 / requests[path]:F1} MB a request");
}

if (focus is not null)
{
    var count = requests.Where(r => Matches(r.Key, focus)).Sum(r => r.Value);
    Print($"{focus} by type", byType, count);
    Print($"{focus} by the app's innermost frame", byFrame, count);
    if (focusType is not null)
    {
        Console.WriteLine();
        Console.WriteLine($"{focusType} in {focus}: its stacks, innermost frame first");
        foreach (var (stack, total) in byStack.OrderByDescending(s => s.Value).Take(8))
        {
            Console.WriteLine($"{total / 1e3 / Math.Max(count, 1),8:F1} KB a request");
            Console.WriteLine(stack);
        }
    }
}

return 0;

static void Print(string title, Dictionary<string, long> totals, int count)
{
    var all = totals.Values.Sum();
    Console.WriteLine();
    Console.WriteLine($"{title} ({count} requests, {all / 1e6 / Math.Max(count, 1):F2} MB a request):");
    foreach (var (name, total) in totals.OrderByDescending(t => t.Value).Take(40))
    {
        Console.WriteLine($"  {total * 100.0 / all,5:F1} %  {total / 1e3 / Math.Max(count, 1),8:F1} KB  {name}");
    }
}

// "/Cases/{id}" matches every case's page: a segment in braces stands for any one segment.
static bool Matches(string path, string pattern)
{
    var a = path.Split('/');
    var b = pattern.Split('/');
    return a.Length == b.Length && a.Zip(b).All(p => p.Second.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
}

static string AppFrame(TraceEvent tick)
{
    string? innermost = null;
    for (var frame = tick.CallStack(); frame is not null; frame = frame.Caller)
    {
        var name = frame.CodeAddress.FullMethodName;
        if (string.IsNullOrEmpty(name))
        {
            continue;
        }

        innermost ??= name;
        if (name.StartsWith("TraffickingCare", StringComparison.Ordinal) || name.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal))
        {
            return name;
        }
    }

    return $"(framework) {innermost ?? "?"}";
}

static string Stack(TraceEvent tick, int depth)
{
    var frames = new List<string>();
    for (var frame = tick.CallStack(); frame is not null && frames.Count < depth; frame = frame.Caller)
    {
        if (!string.IsNullOrEmpty(frame.CodeAddress.FullMethodName))
        {
            var name = frame.CodeAddress.FullMethodName;
            frames.Add("      " + name[..Math.Min(name.Length, 170)]);
        }
    }

    return string.Join('\n', frames);
}

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
