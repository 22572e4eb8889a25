using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Import;

/// <summary>A 200 MB file (generated as it is sent, never stored) is refused before it is read, with the reason on the import page.</summary>
public sealed class ImportLimitTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const long TwoHundredMegabytes = 200L * 1024 * 1024;

    [Fact]
    public async Task A_200_MB_file_is_refused_with_a_localized_message_and_nothing_is_written()
    {
        using var manager = await app.Factory.Arrange.SignedInAsync("rukovodstvo");
        var before = await app.Factory.WithDbAsync(db => db.CaseImports.CountAsync());

        var response = await ImportUpload.PostAsync(manager, "ogromno.csv", new StreamContent(new GeneratedStream(TwoHundredMegabytes)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Reports/Import", response.Headers.Location!.OriginalString);
        var page = await manager.GetPageAsync("/Reports/Import");
        Assert.Contains(Ui.Text("Import.Errors.TooLarge", "100 MB"), page.Body!.TextContent);
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.CaseImports.CountAsync()));
    }

    /// <summary>Repeats a CSV-looking line up to its length; nothing is held in memory.</summary>
    private sealed class GeneratedStream(long length) : Stream
    {
        private static readonly byte[] Line = "x,y,z\r\n"u8.ToArray();
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = Line[(position + i) % Line.Length];
            }

            position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
