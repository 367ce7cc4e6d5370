using System.Net;

namespace Inclusief.Tests.Infrastructure.HostileInput;

/// <summary>One hostile value: what it tries, the text, or (for bytes no string holds) the form-encoded bytes themselves.</summary>
public sealed record Hostile(string Kind, string Text, string? Encoded = null)
{
    /// <summary>The value as it goes into a form body.</summary>
    public string FormEncoded => Encoded ?? WebUtility.UrlEncode(Text);
}

/// <summary>
/// At least a thousand inputs an attacker (or a broken phone keyboard) sends: script and event handlers for text,
/// attribute and address contexts, SQL and full-text syntax, path traversal, line breaks for headers and mail, a
/// megabyte, invalid UTF-8 and lone surrogates, right-to-left and zero-width characters, impossible numbers and
/// dates. Every active one carries <see cref="Marker"/>, so a page that runs or keeps it is found.
/// </summary>
public static class HostileCorpus
{
    public const string Marker = "7731";

    private static readonly string[] Script =
    [
        "<script>alert(7731)</script>", "<img src=x onerror=alert(7731)>", "<svg onload=alert(7731)>", "\"><script>alert(7731)</script>",
        "'><img src=x onerror=alert(7731)>", "<iframe src=\"javascript:alert(7731)\"></iframe>", "<a href=\"javascript:alert(7731)\">klik</a>",
        "<body onload=alert(7731)>", "<details open ontoggle=alert(7731)>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(7731)>",
        "[klik](javascript:alert(7731))", "![x](javascript:alert(7731))", "<scr<script>ipt>alert(7731)</script>", "&lt;script&gt;alert(7731)&lt;/script&gt;",
        "{{7731*7}}", "@(7731)", "${alert(7731)}", "<object data=\"javascript:alert(7731)\">", "<embed src=\"javascript:alert(7731)\">",
        "<base href=\"https://evil.example/7731/\">", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/7731\">",
        "<style>@import 'https://evil.example/7731.css';</style>", "<input autofocus onfocus=alert(7731)>", "</textarea><script>alert(7731)</script>",
        "</title><script>alert(7731)</script>", "<!--<img src=\"--><img src=x onerror=alert(7731)//\">", "<svg><script>alert(7731)</script></svg>",
        "<form action=\"https://evil.example/7731\"><button>stuur</button></form>", "[a](https://evil.example/7731 \"onmouseover=alert(7731)\")",
        "<a href=\"data:text/html,<script>alert(7731)</script>\">x</a>",
    ];

    private static readonly string[] Attribute =
    [
        "\" onmouseover=\"alert(7731)", "' onfocus='alert(7731)' autofocus='", "\" autofocus onfocus=alert(7731) x=\"", "\"><svg/onload=alert(7731)>",
        "` onmouseover=alert(7731) `", "\" style=\"background:url(javascript:alert(7731))", "' style='x:expression(alert(7731))'", "\"/><img src=x onerror=alert(7731)>",
    ];

    private static readonly string[] Address =
    [
        "javascript:alert(7731)", "JaVaScRiPt:alert(7731)", " javascript:alert(7731)", "java\tscript:alert(7731)", "data:text/html,<script>alert(7731)</script>",
        "vbscript:msgbox(7731)", "//evil.example/7731", "https://evil.example/7731", "/\\evil.example/7731", "http://localhost@evil.example/7731",
        "\\\\evil.example\\7731", "https://evil.example/7731#@localhost",
    ];

    private static readonly string[] Query =
    [
        "' OR '1'='1", "'; DROP TABLE \"AspNetUsers\"; --", "\" OR 1=1 --", "1; SELECT pg_sleep(5)", "' UNION SELECT * FROM \"AspNetUsers\" --", "%' AND 1=0 --",
        "\\'", "'';", ")", "((((", "\"unbalanced", "NEAR(a b", "a AND OR NOT b", "*", "-", "a:*", "!!", "&|", "(a | b) & !c", "title:x", "\"", "''", "^", "{}",
        "a' || pg_sleep(5) || '", "1' ORDER BY 99 --", "%", "_", "[", "\\", "; PRAGMA writable_schema=1;",
    ];

    private static readonly string[] Traversal =
    [
        "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd", "/etc/passwd", "C:\\boot.ini",
        "file:///etc/passwd", "..%c0%af..%c0%afetc/passwd", "data/keys/master.key", "../data/inclusief.db",
    ];

    private static readonly string[] Lines =
    [
        "a\r\nX-Injected: 7731", "a\r\n\r\n<script>alert(7731)</script>", "a%0d%0aX-Injected:7731", "a\nBcc: evil@example.org", "a\rSubject: 7731",
        "test@example.org\r\nBcc: evil@example.org", "a\u2028b\u2029c", "naam\nX-Injected: 7731", "\r\n", "\n\n\n",
    ];

    private static readonly string[] Characters =
    [
        "\u202Egpj.exe", "a\u200B\u200C\u200Db", "\u2066x\u2069", "admin\u200B@example.org", "\uFEFFtekst", "Z\u0337\u0322\u031Ba\u0338l\u0334g\u0335o\u0336",
        "مرحبا بالعالم", "שלום עולם", "😀👍🏽🏳️‍🌈", "𝕏𝔸𝕄", "\u0000", "a\u0000b", "\u0001\u0002\u0003", "\uFFFF", "ǅungla", "İstanbul ı", "ß ẞ", "\t\t",
        "   ", "",
    ];

    private static readonly string[] Numbers =
    [
        "-1", "0", "-2147483649", "2147483648", "9223372036854775808", "1e309", "NaN", "Infinity", "-0", "1.5", "1,5", "0x1F", "١٢٣", " 42 ", "42abc",
        "99999999999999999999999999", "-99999999999999999999", "1e-400", "+7", "00000000-0000-0000-0000-000000000000", "not-a-guid", "true", "2",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "1900-01-01", "31-12-2026", "2026-12-06T25:61", "99999-01-01", "-0001-01-01", "vandaag",
        "24:00", "23:60", "00:00:60", "2026-12-06", "25:00", "-10:00", "1970-01-01T00:00:00Z", "2038-01-19",
    ];

    /// <summary>Byte sequences that are not UTF-8 at all, sent as they are.</summary>
    private static readonly string[] InvalidUtf8 = ["%FF%FE", "a%C0%80b", "%ED%A0%80", "%F8%88%80%80%80", "%C3", "%E2%82", "x%80y", "%EF%BF%BE"];

    // The same inputs as someone might embed them in ordinary text, quoted, or doubled.
    private static readonly Func<string, string>[] Wrappings =
    [
        v => v, v => $"Gewone tekst {v}", v => $"{v} en verder", v => $"\"{v}\"", v => $"{v}{v}", v => $"({v})", v => $"{v}\n{v}",
    ];

    /// <summary>Every hostile input, in an order that mixes the kinds, so any stretch of it holds several.</summary>
    public static IReadOnlyList<Hostile> All { get; } = Build();

    private static List<Hostile> Build()
    {
        var groups = new (string Kind, string[] Values)[]
        {
            ("script", Script), ("attribute", Attribute), ("address", Address), ("query", Query), ("traversal", Traversal), ("lines", Lines),
            ("characters", Characters), ("number", Numbers), ("date", Dates),
        };
        var lists = groups.Select(g => g.Values.SelectMany(v => Wrappings.Select(w => new Hostile(g.Kind, w(v)))).DistinctBy(h => h.Text).ToList()).ToList();
        lists.Add(InvalidUtf8.SelectMany(e => new[] { new Hostile("invalid-utf8", e, e), new Hostile("invalid-utf8", "tekst " + e, "tekst+" + e) }).ToList());
        lists.Add([
            new Hostile("length", new string('a', 1_048_576)), new Hostile("length", new string('é', 524_288)), new Hostile("length", new string('<', 100_000)),
            new Hostile("length", string.Concat(Enumerable.Repeat("regel\n", 10_000))), new Hostile("length", new string('x', 5_000)),
            new Hostile("length", string.Concat(Enumerable.Repeat("<b>", 20_000))),
        ]);
        var mixed = new List<Hostile>();
        for (var i = 0; lists.Any(l => i < l.Count); i++)
        {
            mixed.AddRange(lists.Where(l => i < l.Count).Select(l => l[i]));
        }
        return mixed;
    }
}
