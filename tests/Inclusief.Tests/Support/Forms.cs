using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Inclusief.Tests.Support;

/// <summary>
/// Posts forms the way a browser does: fetch the page, find the form it renders, take that form's
/// antiforgery token and post to where the form (or its button's <c>formaction</c>) points. A test never
/// types the URL it posts to; a form without an action posts to its page, as a browser does (the crawl test
/// refuses an empty action outright).
/// </summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// Submits the form on <paramref name="pageUrl"/>. With <paramref name="action"/>, the page must render a
    /// form or button that posts exactly there; without it, the page's own form (not the layout's) whose fields
    /// best match <paramref name="fields"/> is used.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? action = null) =>
        await (await client.OpenFormAsync(pageUrl, fields, action)).SubmitAsync(fields);

    /// <summary>
    /// Reads the form now and posts it later, as a visitor does who keeps a page open while something changes
    /// (a stale decision, a link that closes meanwhile).
    /// </summary>
    public static async Task<RenderedForm> OpenFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string>? fields = null, string? action = null)
    {
        var page = await client.GetAsync(pageUrl);
        return client.FormIn(await page.Content.ReadAsStringAsync(), pageUrl, fields, action, (int)page.StatusCode);
    }

    /// <summary>The form in a page already received (for example the answer to a previous post).</summary>
    public static RenderedForm FormIn(this HttpClient client, string html, string pageUrl, IDictionary<string, string>? fields = null, string? action = null, int status = 200)
    {
        var (form, target) = Choose(Parser.ParseDocument(html), pageUrl, fields ?? new Dictionary<string, string>(), action, status);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form on {pageUrl} that posts to {target} has no antiforgery token.");
        return new RenderedForm(client, target, token, Defaults(form));
    }

    /// <summary>
    /// Posts to an address the page does not offer, with the page's antiforgery token: what an attacker (or a
    /// member trying a button they are not shown) does. Only for tests that prove such a post is refused.
    /// </summary>
    public static async Task<HttpResponseMessage> ForgeAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string target)
    {
        var html = await client.GetStringAsync(pageUrl);
        var token = Token(html) ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
        return await new RenderedForm(client, target, token, []).SubmitAsync(fields);
    }

    /// <summary>Where each post form on the page sends its data: the form's action and every button's formaction.</summary>
    public static IEnumerable<(IElement Form, string Target)> PostTargets(IDocument document, string pageUrl)
    {
        foreach (var form in document.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
        {
            yield return (form, Resolve(form.GetAttribute("action"), pageUrl));
            foreach (var button in form.QuerySelectorAll("[formaction]"))
            {
                yield return (form, Resolve(button.GetAttribute("formaction"), pageUrl));
            }
        }
    }

    public static string? Token(string html) =>
        Parser.ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    public static async Task<string> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        var hops = 0;
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops++ < 5)
        {
            response = await client.GetAsync(response.Headers.Location);
        }
        return await response.Content.ReadAsStringAsync();
    }

    private static (IElement Form, string Target) Choose(IDocument document, string pageUrl, IDictionary<string, string> fields, string? action, int status)
    {
        var targets = PostTargets(document, pageUrl).ToList();
        if (action is not null)
        {
            return targets.FirstOrDefault(t => SameAddress(t.Target, action)) is { Form: not null } found
                ? found
                : throw new InvalidOperationException($"{pageUrl} ({status}) renders no form that posts to {action}; it posts to: {string.Join(", ", targets.Select(t => t.Target).Distinct())}.");
        }
        var ownForms = targets.Select(t => t.Form).Distinct().Where(f => f.Closest("header.site-header") is null).ToList();
        var form = ownForms
            .OrderByDescending(f => fields.Keys.Count(name => f.QuerySelector($"[name=\"{name}\"]") is not null))
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{pageUrl} ({status}) renders no form to post.");
        var buttons = form.QuerySelectorAll("button:not([type=button]), input[type=submit]").ToList();
        var target = buttons is [{ } only] && only.HasAttribute("formaction")
            ? Resolve(only.GetAttribute("formaction"), pageUrl)
            : Resolve(form.GetAttribute("action"), pageUrl);
        return (form, target);
    }

    /// <summary>A form as the page rendered it: where it posts, its token and the values it already holds.</summary>
    public sealed record RenderedForm(HttpClient Client, string Target, string Token, IReadOnlyList<KeyValuePair<string, string>> Values)
    {
        /// <summary>Posts what the form holds (hidden fields, pre-filled and checked inputs), with <paramref name="fields"/> typed over it.</summary>
        public async Task<HttpResponseMessage> SubmitAsync(IEnumerable<KeyValuePair<string, string>> fields)
        {
            var typed = fields.ToList();
            var names = typed.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            var posted = Values.Where(v => !names.Contains(v.Key) && v.Key != "__RequestVerificationToken").Concat(typed).ToList();
            posted.Add(new("__RequestVerificationToken", Token));
            return await Client.PostAsync(Target, new FormUrlEncodedContent(posted));
        }
    }

    // What a browser sends for a form nobody touched.
    private static List<KeyValuePair<string, string>> Defaults(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var control in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = control.GetAttribute("name")!;
            if (control.HasAttribute("disabled"))
            {
                continue;
            }
            switch (control.LocalName)
            {
                case "textarea":
                    values.Add(new(name, control.TextContent));
                    break;
                case "select":
                    var options = control.QuerySelectorAll("option").ToList();
                    foreach (var option in options.Where(o => o.HasAttribute("selected")).DefaultIfEmpty(control.HasAttribute("multiple") ? null : options.FirstOrDefault()))
                    {
                        if (option is not null)
                        {
                            values.Add(new(name, option.GetAttribute("value") ?? option.TextContent));
                        }
                    }
                    break;
                default:
                    var type = (control.GetAttribute("type") ?? "text").ToLowerInvariant();
                    if (type is "submit" or "button" or "reset" or "file" or "image" || (type is "checkbox" or "radio" && !control.HasAttribute("checked")))
                    {
                        continue;
                    }
                    values.Add(new(name, control.GetAttribute("value") ?? (type is "checkbox" or "radio" ? "on" : "")));
                    break;
            }
        }
        return values;
    }

    // The same path and the same query parameters, in any order.
    private static bool SameAddress(string rendered, string expected)
    {
        static (string Path, string Query) Split(string url)
        {
            var at = url.IndexOf('?', StringComparison.Ordinal);
            return at < 0 ? (url, "") : (url[..at], string.Join('&', url[(at + 1)..].Split('&').Order(StringComparer.Ordinal)));
        }
        return Split(rendered) == Split(expected);
    }

    // A browser posts a form without an action (or with an empty one) to the page's own address.
    private static string Resolve(string? action, string pageUrl) => string.IsNullOrEmpty(action) ? pageUrl : action;
}
