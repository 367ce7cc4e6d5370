using SkiaSharp;

namespace Inclusief.Tests.Support;

public static class Photos
{
    /// <summary>A real JPEG with an APP1 Exif segment that carries a GPS marker and a camera serial, as phones write them.</summary>
    public static byte[] JpegWithGpsMetadata(int width = 8, int height = 8)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Purple);
        var jpeg = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).Concat("GPSLatitude 52.0705 GPSLongitude 4.3007 BodySerialNumber 0042"u8.ToArray()).ToArray();
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }
}
