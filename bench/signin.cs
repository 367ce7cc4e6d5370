// Signs one account in through the real pages (the password form and, for staff, the authenticator code) and prints
// the session as a Cookie header value for wrk. The code is computed from the account's authenticator key (RFC 6238),
// as an authenticator app does.
//   dotnet run bench/signin.cs -- http://127.0.0.1:5000 USER PASSWORD [AUTHENTICATOR-KEY]
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

var baseUrl = new Uri(args[0]);
var cookies = new CookieContainer();
using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
var tokenPattern = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");

async Task<HttpResponseMessage> Submit(string path, Dictionary<string, string> fields)
{
    var form = await client.GetStringAsync(path);
    fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(tokenPattern.Match(form).Groups[1].Value);
    return await client.PostAsync(path, new FormUrlEncodedContent(fields));
}

var response = await Submit("/Accounts/SignIn", new() { ["Input.UserName"] = args[1], ["Input.Password"] = args[2] });
if (response.Headers.Location?.OriginalString is { } next && next.StartsWith("/Accounts/SignInTwoFactor", StringComparison.Ordinal))
{
    if (args.Length < 4)
    {
        Console.Error.WriteLine($"{args[1]} needs an authenticator code; pass its key.");
        return 1;
    }
    response = await Submit(next, new() { ["Code"] = Totp(args[3]) });
}
if (response.StatusCode != HttpStatusCode.Redirect)
{
    Console.Error.WriteLine($"Sign-in of {args[1]} failed: {(int)response.StatusCode}");
    return 1;
}
Console.WriteLine(string.Join("; ", cookies.GetCookies(baseUrl).Select(c => $"{c.Name}={c.Value}")));
return 0;

static string Totp(string base32Key)
{
    var key = Base32(base32Key);
    var step = BitConverter.GetBytes(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30);
    if (BitConverter.IsLittleEndian)
    {
        Array.Reverse(step);
    }
    // RFC 6238 as ASP.NET Core Identity and authenticator apps compute it: HMAC-SHA1 is the standard's, not a choice.
#pragma warning disable CA5350
    var hash = HMACSHA1.HashData(key, step);
#pragma warning restore CA5350
    var offset = hash[^1] & 0x0f;
    var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
    return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}

static byte[] Base32(string text)
{
    const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    var bits = 0;
    var buffer = 0;
    var bytes = new List<byte>();
    foreach (var c in text.TrimEnd('=').ToUpperInvariant())
    {
        buffer = (buffer << 5) | alphabet.IndexOf(c);
        bits += 5;
        if (bits >= 8)
        {
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
            buffer &= (1 << bits) - 1;
        }
    }
    return [.. bytes];
}
