using SkiaSharp;

namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>
/// Decodes a photo and encodes it again from its pixels only, so that nothing of the original file survives:
/// no EXIF (GPS position, camera serial, time), no XMP, no comments, no trailing bytes. The orientation is
/// applied to the pixels first, because it lives in the metadata that is dropped.
/// </summary>
public static class PhotoEncoder
{
    /// <summary>Above this many pixels a "photo" is more likely a decompression bomb than a picture.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>
    /// The most pixels a photo is decoded to: 12 megapixels is 48 MB as RGBA, and with the one working copy that
    /// turning or encoding needs, a photo of up to <see cref="MaxPixels"/> costs under ~100 MB. Larger photos are
    /// decoded smaller by the codec itself, never in full first; the image bank's largest copy (3000 pixels) fits
    /// well inside. A format the codec cannot scale (PNG) is refused above the budget rather than decoded in full.
    /// </summary>
    public const long DecodeBudget = 12_000_000;

    private const string Unreadable = "Deze foto kunnen we niet openen. Probeer een andere.";

    private const string TooLarge = "Deze foto heeft te veel pixels. Verklein hem tot hoogstens 50 megapixel.";

    private const string TooLargeToScale = "Deze afbeelding heeft te veel pixels. Een PNG mag hoogstens 12 megapixel zijn; sla een grotere foto op als JPEG.";

    public static bool LooksLikePhoto(ReadOnlySpan<byte> head) =>
        head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
        || head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })
        || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8));

    /// <summary>
    /// The pixels, upright and within <see cref="DecodeBudget"/>. Throws <see cref="UploadRejectedException"/> for
    /// anything that is not a decodable photo of a sane size.
    /// </summary>
    public static SKBitmap DecodeUpright(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new UploadRejectedException(Unreadable);
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            throw new UploadRejectedException(TooLarge);
        }
        var decoded = (long)codec.Info.Width * codec.Info.Height <= DecodeBudget
            ? SKBitmap.Decode(codec)
            : DecodeScaled(codec) ?? throw new UploadRejectedException(TooLargeToScale);
        return Rotate(decoded ?? throw new UploadRejectedException(Unreadable), codec.EncodedOrigin);
    }

    public static byte[] Reencode(byte[] bytes, SKEncodedImageFormat format)
    {
        using var upright = DecodeUpright(bytes);
        return Encode(upright, format);
    }

    /// <summary>
    /// The codec's own downscaling (JPEG in eighths, WebP in any step), which never builds the full picture; null
    /// when the codec cannot scale.
    /// </summary>
    private static SKBitmap? DecodeScaled(SKCodec codec)
    {
        for (var eighths = 7; eighths >= 1; eighths--)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (size.Width >= codec.Info.Width)
            {
                return null;
            }
            if ((long)size.Width * size.Height > DecodeBudget)
            {
                continue;
            }
            var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, AlphaOf(codec)));
            if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) is SKCodecResult.Success or SKCodecResult.IncompleteInput)
            {
                return bitmap;
            }
            bitmap.Dispose();
            throw new UploadRejectedException(Unreadable);
        }
        return null;
    }

    private static SKAlphaType AlphaOf(SKCodec codec) => codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;

    /// <summary>
    /// Straight from the pixels, without a copy; only a JPEG of a picture with transparency is drawn on white first
    /// (JPEG has no transparency, and transparent pixels would turn black).
    /// </summary>
    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 85)
    {
        if (format != SKEncodedImageFormat.Jpeg || bitmap.AlphaType == SKAlphaType.Opaque)
        {
            using var pixels = bitmap.PeekPixels();
            using var encoded = pixels.Encode(format, quality) ?? throw new UploadRejectedException(Unreadable);
            return encoded.ToArray();
        }
        using var surface = SKSurface.Create(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(format == SKEncodedImageFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        using (var source = SKImage.FromBitmap(bitmap))
        {
            surface.Canvas.DrawImage(source, 0, 0, SKSamplingOptions.Default);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A copy at most <paramref name="width"/> pixels wide (never enlarged), keeping the proportions.</summary>
    public static SKBitmap Shrink(SKBitmap source, int width)
    {
        if (source.Width <= width)
        {
            return source.Copy();
        }
        var height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
        return source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>Takes the decoded bitmap over: it is returned as it is, or disposed once the turned copy is drawn.</summary>
    private static SKBitmap Rotate(SKBitmap source, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0)
        {
            return source;
        }
        var swap = degrees != 180;
        var rotated = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(rotated);
        canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        source.Dispose();
        return rotated;
    }
}
