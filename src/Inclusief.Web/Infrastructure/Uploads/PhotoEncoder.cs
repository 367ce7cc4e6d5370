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

    private const string Unreadable = "Deze foto kunnen we niet openen. Probeer een andere.";

    public static bool LooksLikePhoto(ReadOnlySpan<byte> head) =>
        head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
        || head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })
        || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8));

    /// <summary>The pixels, upright. Throws <see cref="UploadRejectedException"/> for anything that is not a decodable photo of a sane size.</summary>
    public static SKBitmap DecodeUpright(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new UploadRejectedException(Unreadable);
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            throw new UploadRejectedException("Deze foto heeft te veel pixels. Verklein hem tot hoogstens 50 megapixel.");
        }
        using var decoded = SKBitmap.Decode(codec) ?? throw new UploadRejectedException(Unreadable);
        return Rotate(decoded, codec.EncodedOrigin);
    }

    public static byte[] Reencode(byte[] bytes, SKEncodedImageFormat format)
    {
        using var upright = DecodeUpright(bytes);
        return Encode(upright, format);
    }

    /// <summary>JPEG has no transparency: transparent pixels become white rather than black.</summary>
    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 85)
    {
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
            return source.Copy();
        }
        var swap = degrees != 180;
        var rotated = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(rotated);
        canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return rotated;
    }
}
