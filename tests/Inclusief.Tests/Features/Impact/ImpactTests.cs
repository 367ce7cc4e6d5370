using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using static Inclusief.Tests.Support.FigureTables;
using Inclusief.Web.Features.Complaints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Impact;

public sealed class ImpactTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.Zero));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    public void Dispose() => _app.Dispose();

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Six bank-account complaints in the first quarter of 2025, two about insurance in the second (one closed), one in 2026.</summary>
    private async Task SeedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(Enumerable.Range(1, 6).Select(n => Support.Complaints.Received(ComplaintCategory.BankAccount, new DateOnly(2025, 2, n), 1)));
        var closed = Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2025, 5, 1), 1);
        closed.MoveTo(ComplaintStatus.Closed, ComplaintOutcome.Referred, Utc(2025, 5, 20));
        db.AddRange(closed, Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2025, 5, 2), 1), Support.Complaints.Received(ComplaintCategory.Privacy, new DateOnly(2026, 1, 5), 1));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Everyone_reads_the_last_closed_year_with_numbers_under_five_hidden_and_their_complement_too()
    {
        await SeedAsync();
        var visitor = _app.CreateBrowser();
        var home = await visitor.GetStringAsync("/");
        var response = await visitor.GetAsync(Links.Href(home, "footer a[href^='/Impact']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Cijfers over 2025", page.QuerySelector("main h2")!.TextContent);
        Assert.Equal(["2025", "2024", "2023", "2022", "2021"], page.QuerySelectorAll("nav.filters a").Select(a => a.TextContent).ToList());
        var hidden = string.Join(" | ", Enumerable.Repeat("< 5", 6));
        Assert.Equal(
        [
            "Kwartaal | " + string.Join(" | ", Enum.GetValues<ComplaintCategory>().Select(ComplaintLabels.Label)),
            "2025-K1 | 6 | " + hidden + " | < 5",
            "2025-K2 | < 5 | " + hidden + " | < 5",
            "2025-K3 | < 5 | " + hidden + " | < 5",
            "2025-K4 | < 5 | " + hidden + " | < 5",
            "Totaal | 6 | " + hidden + " | < 5",
        ], Table(page, "klachten"));
        Assert.Equal("8 meldingen bij de klachtenbalie; de meeste over Bankrekening geweigerd of opgezegd (6).", page.QuerySelector("#figure-klachten .figure-summary")!.TextContent);
        // One closed complaint: its outcome and the sentence's count are both hidden.
        Assert.Equal("< 5 meldingen afgesloten in deze periode.", page.QuerySelector("#figure-klachten-uitkomst .figure-summary")!.TextContent);
        Assert.DoesNotContain(">1<", page.QuerySelector("#figure-klachten-uitkomst")!.InnerHtml, StringComparison.Ordinal);
        // The safety network's reports and checks, and anything per round or per person, are not public.
        Assert.Null(page.QuerySelector("#figure-veiligheid"));
        Assert.Null(page.QuerySelector("#figure-feedback"));
        Assert.Empty(page.QuerySelectorAll(".figure-downloads"));
    }

    [Fact]
    public async Task The_running_year_is_never_shown_and_asking_for_it_says_why()
    {
        await SeedAsync();
        var page = Parse(await _app.CreateBrowser().GetStringAsync("/Impact?year=2026"));

        Assert.Equal("Over dat jaar tonen we (nog) geen cijfers: alleen over jaren die voorbij zijn.", page.QuerySelector("p.note")!.TextContent);
        Assert.Equal("Cijfers over 2025", page.QuerySelector("main h2")!.TextContent);
        Assert.DoesNotContain("2026-K1", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_earlier_year_is_reached_through_its_link()
    {
        await SeedAsync();
        var visitor = _app.CreateBrowser();
        var page = await visitor.GetStringAsync("/Impact");
        var earlier = Parse(await visitor.GetStringAsync(Links.Href(page, "nav.filters a:nth-child(2)")));

        Assert.Equal("Cijfers over 2024", earlier.QuerySelector("main h2")!.TextContent);
        Assert.Equal("page", earlier.QuerySelector("nav.filters a[aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal("2024", earlier.QuerySelector("nav.filters a[aria-current]")!.TextContent);
        // None is a number under five too: the page does not say "none".
        Assert.Equal("< 5 meldingen bij de klachtenbalie in deze periode.", earlier.QuerySelector("#figure-klachten .figure-summary")!.TextContent);
    }
}
