namespace TraffickingCare.Web.Reporting;

/// <summary>Counts and timings only: a document's title, reference or text never reaches a log.</summary>
internal static partial class ReportingLog
{
    [LoggerMessage(EventId = 6001, EventName = "PdfRendered", Level = LogLevel.Information, Message = "PDF rendered: {Pages} pages, {Bytes} bytes in {ElapsedMs:0} ms")]
    public static partial void PdfRendered(this ILogger logger, int pages, long bytes, double elapsedMs);

    [LoggerMessage(EventId = 6002, EventName = "PdfFontsEmbeddedWhole", Level = LogLevel.Warning, Message = "PDF fonts embedded whole: the faces could not be subset (is libHarfBuzzSharp missing?)")]
    public static partial void PdfFontsEmbeddedWhole(this ILogger logger);
}
