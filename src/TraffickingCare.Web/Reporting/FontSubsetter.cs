using System.Runtime.InteropServices;

namespace TraffickingCare.Web.Reporting;

/// <summary>
/// Cuts a TrueType face down to the glyphs of the given characters with HarfBuzz's subsetter (hb-subset), which the
/// HarfBuzzSharp native library already in the build exports but its managed API does not wrap. SkiaSharp's native
/// build embeds a face whole; handed the subset instead, it embeds a few kilobytes. Glyph names are left out (the
/// default); the hinting instructions stay, as without them FreeType places the glyphs a little differently from the
/// whole face the layout measured with, and text read back from the PDF falls apart into pieces of words.
/// </summary>
internal static class FontSubsetter
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    private const int MemoryModeReadOnly = 1;

    /// <summary>The subset face as TTF bytes, or null when the native subsetter is missing or refuses the face.</summary>
    public static byte[]? Subset(byte[] face, IEnumerable<int> codepoints)
    {
        try
        {
            return Run(face, codepoints);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static byte[]? Run(byte[] face, IEnumerable<int> codepoints)
    {
        // The blob reads the managed array in place: it stays pinned until every HarfBuzz object over it is destroyed.
        var pinned = GCHandle.Alloc(face, GCHandleType.Pinned);
        var (blob, source, input, subset, output) = (IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        try
        {
            blob = hb_blob_create(pinned.AddrOfPinnedObject(), (uint)face.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            source = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                return null;
            }

            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodes, (uint)codepoint);
            }

            subset = hb_subset_or_fail(source, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            output = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(output, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            Destroy(output, hb_blob_destroy);
            Destroy(subset, hb_face_destroy);
            Destroy(input, hb_subset_input_destroy);
            Destroy(source, hb_face_destroy);
            Destroy(blob, hb_blob_destroy);
            pinned.Free();
        }
    }

    private static void Destroy(IntPtr handle, Action<IntPtr> destroy)
    {
        if (handle != IntPtr.Zero)
        {
            destroy(handle);
        }
    }

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
