using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Inclusief.Tests.Infrastructure.HostileInput;

/// <summary>
/// The hostile corpus goes into every field of every form each kind of visitor reaches (found by following the
/// site's own links, not listed here), with the other fields filled as a person would: no answer is a server
/// error, no answer and no page afterwards carries active content, a form sent back keeps what else was typed,
/// and a refused form saved nothing. Fields are also sent twice and left out, and file fields get wrong files.
/// </summary>
public sealed partial class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int PagesPerVisitor = 250;
    private const int ValuesPerField = 3;
    private static readonly HtmlParser Parser = new();
    private static readonly string[] Posters = ["anonymous", "participant", StaffRoles.Coordinator, StaffRoles.Caseworker, StaffRoles.SafetyModerator, StaffRoles.Admin];
    private readonly WorldApp _app = new();
    private readonly List<string> _problems = [];
    private AccessWorld _world = null!;
    private string _countRows = "";
    private int _cursor;
    private int _posts;
    private readonly SortedDictionary<int, int> _statuses = [];

    public async Task InitializeAsync() => _world = await AccessWorld.BuildAsync(_app);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    /// <summary>A post form as rendered: where it goes, what a person would send, and which fields to try.</summary>
    private sealed record RenderedForm(string Page, string Target, string Token, List<KeyValuePair<string, string>> Typical, List<(string Name, string Type)> Fields, bool TakesFiles);

    [Fact]
    public async Task Every_form_each_visitor_reaches_takes_the_hostile_corpus_without_a_server_error_or_active_content()
    {
        Assert.True(HostileCorpus.All.Count >= 1000, $"{HostileCorpus.All.Count} inputs");
        _countRows = await CountRowsSqlAsync();
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var visitor in Posters)
        {
            var browser = await _world.BrowserAsync(visitor);
            foreach (var form in await FormsAsync(browser))
            {
                forms.Add($"{visitor} {form.Target}");
                await TryFormAsync(visitor, browser, form);
            }
        }
        var pages = 0;
        foreach (var visitor in AccessWorld.Visitors)
        {
            await foreach (var page in (await _world.BrowserAsync(visitor)).CrawlAsync(PagesPerVisitor * 2))
            {
                pages++;
                if (page.Status >= 500)
                {
                    _problems.Add($"{page.Url} as {visitor} answers {page.Status} after the corpus");
                }
                if (page.Document is { } document)
                {
                    _problems.AddRange(ActiveContent(document).Select(found => $"{page.Url} as {visitor} shows stored active content: {found}"));
                }
            }
        }

        output.WriteLine($"{HostileCorpus.All.Count} inputs, {_posts} posts to {forms.Count} forms ({forms.Select(f => f[(f.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Distinct().Count()} distinct), then {pages} pages read back.");
        output.WriteLine($"Answers: {string.Join(", ", _statuses.Select(s => $"{s.Key} × {s.Value}"))}");
        // A form token that did not work would make every post a 400 and prove nothing.
        Assert.True(_statuses.GetValueOrDefault(400) < _posts / 10, $"{_statuses.GetValueOrDefault(400)} of {_posts} posts were refused as bad requests.");
        Assert.True(_cursor >= HostileCorpus.All.Count, $"Only {_cursor} of {HostileCorpus.All.Count} inputs were sent.");
        Assert.True(_problems.Count == 0, $"{_problems.Count} problems:\n{string.Join('\n', _problems.Distinct().Take(300))}");
    }

    private async Task TryFormAsync(string visitor, HttpClient browser, RenderedForm form)
    {
        var first = true;
        foreach (var (name, type) in form.Fields)
        {
            for (var i = 0; i < ValuesPerField; i++)
            {
                var hostile = HostileCorpus.All[_cursor++ % HostileCorpus.All.Count];
                var body = form.Typical.Where(f => f.Key != name).Select(f => (f.Key, Encoded: WebUtility.UrlEncode(f.Value))).Append((name, hostile.FormEncoded)).ToList();
                await CheckAsync(visitor, browser, form, body, $"{name} ({type}) = {Shown(hostile)}", name, countRows: first);
                first = false;
            }
        }
        if (form.Fields.Count > 0)
        {
            // Every field twice (the second time hostile), then the first field left out.
            var twice = form.Typical.Select(f => (f.Key, Encoded: WebUtility.UrlEncode(f.Value)))
                .Concat(form.Fields.Select(f => (f.Name, HostileCorpus.All[_cursor++ % HostileCorpus.All.Count].FormEncoded))).ToList();
            // A value sent twice is shown back as both, joined; what counts here is that nothing breaks.
            await CheckAsync(visitor, browser, form, twice, "every field twice", "*", countRows: false);
            var missing = form.Typical.Where(f => f.Key != form.Fields[0].Name).Select(f => (f.Key, Encoded: WebUtility.UrlEncode(f.Value))).ToList();
            await CheckAsync(visitor, browser, form, missing, $"{form.Fields[0].Name} left out", form.Fields[0].Name, countRows: false);
        }
        if (form.TakesFiles)
        {
            foreach (var (fileName, content) in WrongFiles())
            {
                await CheckFileAsync(visitor, browser, form, fileName, content);
            }
        }
    }

    private async Task CheckAsync(string visitor, HttpClient browser, RenderedForm form, List<(string Key, string Encoded)> fields, string what, string? tried, bool countRows)
    {
        var before = countRows ? await RowsAsync() : null;
        var body = string.Join('&', fields.Append((Key: "__RequestVerificationToken", Encoded: WebUtility.UrlEncode(form.Token))).Select(f => $"{WebUtility.UrlEncode(f.Key)}={f.Encoded}"));
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var failures = Failures();
        var response = await browser.PostAsync(form.Target, content);
        _posts++;
        await CheckAnswerAsync(visitor, form, response, what, tried, before, failures);
    }

    private async Task CheckFileAsync(string visitor, HttpClient browser, RenderedForm form, string fileName, byte[] bytes)
    {
        using var content = new MultipartFormDataContent { { new StringContent(form.Token), "__RequestVerificationToken" } };
        foreach (var (key, value) in form.Typical)
        {
            content.Add(new StringContent(value), key);
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        foreach (var name in form.Fields.Where(f => f.Type == "file").Select(f => f.Name))
        {
            content.Add(file, name, fileName);
        }
        var failures = Failures();
        var response = await browser.PostAsync(form.Target, content);
        _posts++;
        await CheckAnswerAsync(visitor, form, response, $"file {fileName}", null, null, failures);
    }

    // An exception the error page turns into a 400 is still an exception: the log says so.
    private int Failures() => _app.Logs.Errors.Count;

    private async Task CheckAnswerAsync(string visitor, RenderedForm form, HttpResponseMessage response, string what, string? tried, Dictionary<string, long>? before, int failures)
    {
        var where = $"{form.Target} (on {form.Page}) as {visitor}, {what}";
        if (Failures() > failures)
        {
            var error = _app.Logs.Errors.Last().ReplaceLineEndings(" ");
            _problems.Add($"{where}: {(int)response.StatusCode} with an error in the log: {error[..Math.Min(300, error.Length)]}");
        }
        _statuses[(int)response.StatusCode] = _statuses.GetValueOrDefault((int)response.StatusCode) + 1;
        if ((int)response.StatusCode >= 500)
        {
            _problems.Add($"{where}: {(int)response.StatusCode}");
            return;
        }
        if (response.Headers.Any(h => h.Key.Contains("Injected", StringComparison.OrdinalIgnoreCase)))
        {
            _problems.Add($"{where}: the answer's headers carry the input");
        }
        if (response.Headers.Location is { } location && (location.IsAbsoluteUri && location.Host != "localhost" || location.OriginalString.StartsWith("//", StringComparison.Ordinal)))
        {
            _problems.Add($"{where}: the answer sends the visitor to {location}");
        }
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }
        var html = await response.Content.ReadAsStringAsync();
        var document = Parser.ParseDocument(html);
        _problems.AddRange(ActiveContent(document).Select(found => $"{where}: the answer shows active content: {found}"));
        if (document.QuerySelector(".error-summary") is null)
        {
            return;
        }
        if (before is not null)
        {
            var after = await RowsAsync();
            var changed = after.Where(t => before.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();
            if (changed.Count > 0)
            {
                _problems.Add($"{where}: refused, yet {string.Join(", ", changed)} changed");
            }
        }
        var again = Forms.PostTargets(document, form.Page).Where(t => t.Target == form.Target).Select(t => t.Form).FirstOrDefault();
        if (again is null || tried == "*")
        {
            return;
        }
        foreach (var (name, value) in form.Typical.Where(f => f.Key != tried && f.Value.StartsWith("Bewaard", StringComparison.Ordinal)))
        {
            var control = again.QuerySelector($"[name=\"{name}\"]");
            var shown = control?.LocalName == "textarea" ? control.TextContent.Trim() : control?.GetAttribute("value");
            if (control is not null && shown != value)
            {
                _problems.Add($"{where}: sent back without what was typed in {name}");
            }
        }
    }

    /// <summary>
    /// The post forms on the pages this visitor reaches, each once (the same form for another item counts once);
    /// signing out is left alone, and so is a form's own address when every button posts elsewhere.
    /// </summary>
    private static async Task<List<RenderedForm>> FormsAsync(HttpClient browser)
    {
        var forms = new Dictionary<string, RenderedForm>(StringComparer.Ordinal);
        await foreach (var page in browser.CrawlAsync(PagesPerVisitor))
        {
            if (page.Document is not { } document)
            {
                continue;
            }
            foreach (var (form, target) in Forms.PostTargets(document, page.Url))
            {
                var buttons = form.QuerySelectorAll("button:not([type=button]), input[type=submit]").ToList();
                var unused = buttons.Count > 0 && buttons.All(b => b.HasAttribute("formaction")) && !buttons.Any(b => b.GetAttribute("formaction") == target);
                var key = Ids().Replace(target, "{id}");
                if (target.StartsWith("/Accounts/SignOut", StringComparison.Ordinal) || unused || forms.ContainsKey(key)
                    || form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is not { } token)
                {
                    continue;
                }
                forms[key] = Describe(form, page.Url, target, token);
            }
        }
        return [.. forms.Values];
    }

    private static RenderedForm Describe(IElement form, string page, string target, string token)
    {
        var typical = new List<KeyValuePair<string, string>>();
        var fields = new List<(string, string)>();
        var number = 0;
        foreach (var control in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = control.GetAttribute("name")!;
            var type = control.LocalName == "input" ? (control.GetAttribute("type") ?? "text").ToLowerInvariant() : control.LocalName;
            if (name == "__RequestVerificationToken" || control.HasAttribute("disabled") || type is "submit" or "button" or "reset" or "image")
            {
                continue;
            }
            if (!fields.Exists(f => f.Item1 == name))
            {
                fields.Add((name, type));
            }
            var value = type switch
            {
                "file" => null,
                "checkbox" or "radio" => control.HasAttribute("checked") ? control.GetAttribute("value") ?? "on" : null,
                "select" => control.QuerySelector("option[selected]")?.GetAttribute("value") ?? control.QuerySelector("option")?.GetAttribute("value"),
                "hidden" => control.GetAttribute("value") ?? "",
                _ when !string.IsNullOrEmpty(control.GetAttribute("value")) || control.TextContent.Trim().Length > 0 => control.GetAttribute("value") ?? control.TextContent.Trim(),
                "email" => "bewaard@example.org",
                "tel" => "0612345678",
                "number" => "3",
                "date" => TimeProvider.System.GetUtcNow().AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "time" => "10:00",
                "url" => "https://example.org/bewaard",
                "password" => People.Password,
                _ => $"Bewaarde tekst {++number}",
            };
            if (value is not null)
            {
                typical.Add(new(name, value));
            }
        }
        return new RenderedForm(page, target, token, typical, fields, fields.Exists(f => f.Item2 == "file"));
    }

    private static IEnumerable<(string Name, byte[] Content)> WrongFiles() =>
    [
        ("../../../etc/passwd.pdf", "%PDF-1.4\n<script>alert(7731)</script>"u8.ToArray()),
        ("foto.jpg", "<html><script>alert(7731)</script></html>"u8.ToArray()),
        ("programma.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03]),
        ("leeg.pdf", []),
        ("beeld.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(7731)\"/>"u8.ToArray()),
        (new string('a', 300) + ".jpg", Photos.JpegWithGpsMetadata()),
        ("\u202Egpj.exe", [0x4D, 0x5A]),
    ];

    /// <summary>What in a page would run, load from elsewhere or send the visitor elsewhere, that the site itself never renders.</summary>
    private static IEnumerable<string> ActiveContent(IDocument document)
    {
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (tag is "iframe" or "object" or "embed" or "base" or "frame" or "frameset" or "applet"
                || (tag == "meta" && element.HasAttribute("http-equiv"))
                || (tag is "script" or "style" && (element.TextContent.Contains(HostileCorpus.Marker, StringComparison.Ordinal) || element.GetAttribute("src") is { } src && !src.StartsWith('/'))))
            {
                yield return element.OuterHtml[..Math.Min(120, element.OuterHtml.Length)];
            }
            foreach (var attribute in element.Attributes)
            {
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "data" or "poster" && (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:text/html", StringComparison.Ordinal)))
                    || (attribute.Name == "style" && (value.Contains("expression(", StringComparison.Ordinal) || value.Contains("javascript:", StringComparison.Ordinal))))
                {
                    yield return $"<{tag} {attribute.Name}=\"{attribute.Value[..Math.Min(80, attribute.Value.Length)]}\">";
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?=[/?]|$)")]
    private static partial System.Text.RegularExpressions.Regex Ids();

    private static string Shown(Hostile hostile) =>
        $"{hostile.Kind}: {(hostile.Text.Length > 40 ? hostile.Text[..40] + $"… ({hostile.Text.Length})" : hostile.Text)}".ReplaceLineEndings("⏎");

    // One statement that counts every table, so a refused post can be checked for a half-save cheaply.
    private async Task<string> CountRowsSqlAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Where(t => t != "DataProtectionKeys").Order(StringComparer.Ordinal);
        return string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM \"{t}\""));
    }

    private async Task<Dictionary<string, long>> RowsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = _countRows;
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        return rows;
    }
}
