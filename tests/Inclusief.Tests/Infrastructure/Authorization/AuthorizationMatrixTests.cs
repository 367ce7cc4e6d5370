using System.Text;
using Inclusief.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure.Authorization;

/// <summary>
/// Every endpoint and page handler of the app, asked by every kind of visitor, answers what
/// <c>AuthorizationMatrix.txt</c> says: <c>ok</c> (the handler ran), <c>signin</c>, <c>403</c> or <c>404</c>. The endpoints
/// come from the app's own endpoint data source, so a new page or handler without a row fails here.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime, IDisposable
{
    private const string HandlerHeader = "X-Matrix-Handler";
    private readonly MatrixApp _app = new();

    private sealed class MatrixApp : WorldApp
    {
        // Tells the test that authorization let the request through to the page's handler.
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new HandlerReached()));
    }

    private sealed class HandlerReached : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            context.HttpContext.Response.Headers[HandlerHeader] = context.HandlerMethod?.Name ?? "";
            return next();
        }
    }

    public sealed record Row(string Verb, string Key, string Address, IReadOnlyList<string> Cells);

    private AccessWorld _world = null!;

    public async Task InitializeAsync() => _world = await AccessWorld.BuildAsync(_app);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    private static List<Row> Table()
    {
        using var stream = typeof(AuthorizationMatrixTests).Assembly.GetManifestResourceStream("AuthorizationMatrix.txt")!;
        using var reader = new StreamReader(stream);
        var rows = new List<Row>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is "" || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 + AccessWorld.Visitors.Length)
            {
                throw new InvalidOperationException($"A row needs a verb, a key, an address and {AccessWorld.Visitors.Length} cells: {line}");
            }
            rows.Add(new Row(parts[0], parts[1], parts[2], parts[3..]));
        }
        return rows;
    }

    /// <summary>Every endpoint as "VERB key": a page by its path and handler, anything else by its route.</summary>
    private async Task<List<(string Verb, string Key, string Route, bool IsPage)>> EndpointsAsync()
    {
        var loader = _app.Services.GetRequiredService<PageLoader>();
        var found = new List<(string, string, string, bool)>();
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                if (compiled.HandlerMethods.Count == 0)
                {
                    // A page without handler methods still answers a GET.
                    found.Add(("GET", page.ViewEnginePath, route, true));
                }
                foreach (var handler in compiled.HandlerMethods)
                {
                    var key = handler.Name is null ? page.ViewEnginePath : $"{page.ViewEnginePath}?handler={handler.Name}";
                    found.Add((handler.HttpMethod.ToUpperInvariant(), key, route, true));
                }
                continue;
            }
            var verbs = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            found.AddRange(verbs.Select(v => (v, route, route, false)));
        }
        return found.DistinctBy(e => (e.Item1, e.Item2)).OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Every_endpoint_has_exactly_one_row_and_every_row_an_endpoint()
    {
        var endpoints = (await EndpointsAsync()).Select(e => $"{e.Verb} {e.Key}").ToList();
        var rows = Table().Select(r => $"{r.Verb} {r.Key}").ToList();

        Assert.Empty(rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(endpoints.Except(rows));
        Assert.Empty(rows.Except(endpoints));
    }

    [Fact]
    public async Task Every_visitor_gets_what_the_matrix_says_from_every_endpoint()
    {
        var table = Table();
        var pages = (await EndpointsAsync()).Where(e => e.IsPage).Select(e => (e.Verb, e.Key)).ToHashSet();
        var observed = new List<Row>();
        // Reading first, then writing as a visitor, then writing as staff (who withdraw, cancel and remove); signing out
        // last, since it ends the session the other cells use.
        foreach (var row in table.OrderBy(r => r.Verb is "GET" or "*" ? 0 : 1).ThenBy(r => r.Key.Contains("/Admin/", StringComparison.Ordinal) ? 1 : 0)
                     .ThenBy(r => r.Key.StartsWith("/Accounts/SignOut", StringComparison.Ordinal) ? 1 : 0))
        {
            var cells = new List<string>();
            foreach (var visitor in AccessWorld.Visitors)
            {
                cells.Add(await AskAsync(row, visitor, pages.Contains((row.Verb, row.Key))));
            }
            observed.Add(row with { Cells = cells });
        }

        if (Environment.GetEnvironmentVariable("INCLUSIEF_MATRIX_OUT") is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, Render(observed));
        }
        var differences = table.Join(observed, r => (r.Verb, r.Key), o => (o.Verb, o.Key), (r, o) => (r, o))
            .SelectMany(p => AccessWorld.Visitors.Select((visitor, i) => (p.r, visitor, Expected: p.r.Cells[i], Got: p.o.Cells[i])))
            .Where(d => d.Expected != d.Got)
            .Select(d => $"{d.r.Verb} {d.r.Key} as {d.visitor}: expected {d.Expected}, got {d.Got}")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} of {table.Count * AccessWorld.Visitors.Length} cells differ:\n{string.Join('\n', differences)}");
    }

    private async Task<string> AskAsync(Row row, string visitor, bool isPage)
    {
        var browser = await _world.BrowserAsync(visitor);
        var address = _world.Address(row.Address);
        if (row.Key.IndexOf("?handler=", StringComparison.Ordinal) is var at and >= 0)
        {
            address += (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + row.Key[(at + 1)..];
        }
        HttpResponseMessage response;
        if (row.Verb is "GET" or "*")
        {
            response = await browser.GetAsync(address);
        }
        else
        {
            var token = Forms.Token(await browser.GetStringAsync("/Accessibility")) ?? throw new InvalidOperationException($"No form token on the accessibility page for {visitor}.");
            response = await browser.PostAsync(address, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        }
        if (row.Key.StartsWith("/Accounts/SignOut", StringComparison.Ordinal))
        {
            _world.Forget(visitor);
        }
        return Outcome(response, isPage);
    }

    // The handler's own answer counts as "ok" (a 400 for a missing link, a 410 for an expired one) unless it refuses.
    private static string Outcome(HttpResponseMessage response, bool isPage)
    {
        var location = response.Headers.Location is { } to ? (to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString) : "";
        var reached = !isPage || response.Headers.Contains(HandlerHeader);
        return (int)response.StatusCode switch
        {
            302 when location.StartsWith("/Accounts/SignIn", StringComparison.Ordinal) => "signin",
            302 when location.StartsWith("/Accounts/AccessDenied", StringComparison.Ordinal) => "403",
            403 => "403",
            404 => "404",
            < 500 and not 400 when reached => "ok",
            400 or 410 when reached => "ok",
            var status => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Render(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Verb, StringComparer.Ordinal))
        {
            text.Append(row.Verb.PadRight(5)).Append(row.Key.PadRight(58)).Append(' ').Append(row.Address.PadRight(46));
            foreach (var cell in row.Cells)
            {
                text.Append(' ').Append(cell.PadRight(6));
            }
            text.AppendLine();
        }
        return text.ToString();
    }
}
