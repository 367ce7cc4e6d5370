namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>The GSM 03.38 basic character set: a text made only of these is sent 7-bit, 160 characters to one SMS.</summary>
public static class GsmAlphabet
{
    private const string Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static readonly HashSet<char> Characters = [.. Basic];

    public static bool Fits(string text) => text.All(Characters.Contains);
}
