using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using ClosedXML.Excel;
using Inclusief.Data;
using Inclusief.Tests.Support;
using static Inclusief.Tests.Support.FigureTables;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Monitoring;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Students;
using Inclusief.Web.Infrastructure.Figures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Monitoring;

public sealed class MonitoringTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.Zero));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    public void Dispose() => _app.Dispose();

    private static DateTime Utc(int year, int month, int day, int hour = 12, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private async Task<Organisation> SeedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var care = Organisation.Register("Zorg aan Zee", OrganisationType.CareAndWelfare, null, null, Utc(2025, 5, 1));
        var partnership = care.MakePartner(new DateOnly(2025, 6, 1));
        partnership.DeclarationSignedOn = new DateOnly(2026, 2, 1);
        db.AddRange(care, Organisation.Register("Gemeente Voorbeeld", OrganisationType.Municipality, null, null, Utc(2026, 3, 1)),
            Organisation.Propose("Nog niet goedgekeurd", OrganisationType.Other, null, Utc(2026, 3, 1)));
        Participant SignUp(ParticipationForm form, DateTime at) => Participant.SignUp(Guid.NewGuid(), form, null,
            new Participant.Details("Jade", Participants.UniqueEmail("jade"), null, "nl", form == ParticipationForm.Partner ? care.Id : null, null, null, ExpertOffer.None, null), [], at);
        db.AddRange(
            SignUp(ParticipationForm.ExpertGroup, Utc(2026, 1, 10)),
            // 23:30 UTC on 31 January is half past midnight on 1 February in The Hague: a February sign-up.
            SignUp(ParticipationForm.ExpertGroup, Utc(2026, 1, 31, 23, 30)),
            SignUp(ParticipationForm.SoundingBoard, Utc(2026, 2, 15)),
            SignUp(ParticipationForm.ExpertGroup, Utc(2025, 12, 31, 12)));
        var first = Support.Complaints.Received(ComplaintCategory.BankAccount, new DateOnly(2026, 1, 5), 1);
        first.ReplyToReporter("caseworker", "x", Utc(2026, 1, 7));
        first.MoveTo(ComplaintStatus.Closed, ComplaintOutcome.Resolved, Utc(2026, 1, 15));
        var second = Support.Complaints.Received(ComplaintCategory.BankAccount, new DateOnly(2026, 2, 10), 1);
        second.ReplyToReporter("caseworker", "x", Utc(2026, 2, 11));
        db.AddRange(first, second, Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2026, 4, 2), 1), Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2026, 7, 1), 1));
        db.Add(Assignment.Offer(new Assignment.Details(AssignmentKind.Internship, "Stage", "Meewerken.", null, null, "Docent", "Social Work", 2), Assignment.Origin.Programme, "coordinator", Utc(2026, 3, 1)));
        db.Add(Assignment.Offer(new Assignment.Details(AssignmentKind.ShortResearch, "Later", "Na de periode.", null, null, "Docent", "Social Work", 1), Assignment.Origin.Programme, "coordinator", Utc(2026, 7, 2)));
        await db.SaveChangesAsync();
        return care;
    }

    /// <summary>The period form as rendered, filled in: a GET form, so its fields become the address.</summary>
    private static string PeriodAddress(IDocument page, string from, string to)
    {
        var form = page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=from]"));
        Assert.NotNull(form.QuerySelector("input[name=to]"));
        return $"/Monitoring?from={from}&to={to}";
    }

    [Fact]
    public async Task A_coordinator_reads_each_figure_of_a_chosen_period_counted_in_programme_time()
    {
        await SeedAsync();
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var start = Parse(await coordinator.GetStringAsync("/Monitoring"));
        Assert.Equal("2025-08-01", start.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.Equal("2026-07-06", start.QuerySelector("input[name=to]")!.GetAttribute("value"));

        var page = Parse(await coordinator.GetStringAsync(PeriodAddress(start, "2026-01-01", "2026-06-30")));

        Assert.Equal(
        [
            "Periode | Expertgroep | Werkveldgroep | Projectidee | Klankbordgroep | Samenwerkingspartner",
            "2026-01 | 1 | 0 | 0 | 0 | 0",
            "2026-02 | 1 | 0 | 0 | 1 | 0",
            "2026-03 | 0 | 0 | 0 | 0 | 0",
            "2026-04 | 0 | 0 | 0 | 0 | 0",
            "2026-05 | 0 | 0 | 0 | 0 | 0",
            "2026-06 | 0 | 0 | 0 | 0 | 0",
            "Totaal | 2 | 0 | 0 | 1 | 0",
        ], Table(page, "aanmeldingen"));
        Assert.Equal("3 aanmeldingen in deze periode; de meeste voor Expertgroep (2).", page.QuerySelector("#figure-aanmeldingen .figure-summary")!.TextContent);
        Assert.Equal(["Soort organisatie | Organisaties", "Gemeente | 1", "Zorg en welzijn | 1", "Totaal | 2"], Table(page, "organisaties"));
        Assert.Equal(["Soort organisatie | Partners | Met intentieverklaring", "Zorg en welzijn | 1 | 1"], Table(page, "partners"));
        Assert.Equal("1 partners in deze periode, 1 met een getekende intentieverklaring; 1 verklaringen getekend in deze periode.", page.QuerySelector("#figure-partners .figure-summary")!.TextContent);
        Assert.Equal(
        [
            "Kwartaal | " + string.Join(" | ", Enum.GetValues<ComplaintCategory>().Select(ComplaintLabels.Label)),
            "2026-K1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "2026-K2 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0",
            "Totaal | 2 | 0 | 0 | 0 | 1 | 0 | 0 | 0",
        ], Table(page, "klachten"));
        // Medians in whole days from the day of the report: 2 and 1 days to a first response, 10 to closure.
        Assert.Equal(["Kwartaal van de melding | Dagen tot de eerste reactie (mediaan) | Dagen tot afsluiten (mediaan)", "2026-K1 | 1,5 | 10,0", "2026-K2 | – | –"], Table(page, "klachten-doorlooptijd"));
        Assert.Equal(13, page.QuerySelectorAll("section.figure").Length);
        Assert.Equal(["Soort opdracht | Open voor studenten | Bezet | Afgerond | Vervallen", "Stage | 1 | 0 | 0 | 0", "Afstudeeronderzoek | 0 | 0 | 0 | 0",
            "Kortlopend onderzoeksproject | 0 | 0 | 0 | 0", "Totaal | 1 | 0 | 0 | 0"], Table(page, "opdrachten"));
        Assert.All(page.QuerySelectorAll("section.figure"), figure => Assert.NotNull(figure.QuerySelector("table")));
        var chart = page.QuerySelector("#figure-aanmeldingen svg[role=img]")!;
        Assert.Equal("figure-aanmeldingen-title", chart.GetAttribute("aria-labelledby"));
        Assert.Equal(3, chart.QuerySelectorAll("rect title").Length);
    }

    [Fact]
    public async Task Every_figure_downloads_as_the_same_table_in_csv_and_in_a_spreadsheet()
    {
        await SeedAsync();
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = Parse(await coordinator.GetStringAsync("/Monitoring?from=2026-01-01&to=2026-06-30"));
        var links = page.QuerySelectorAll("#figure-klachten .figure-downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);

        var csv = await coordinator.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("no-store", csv.Headers.CacheControl!.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Kwartaal," + string.Join(",", Enum.GetValues<ComplaintCategory>().Select(ComplaintLabels.Label)), lines[0]);
        Assert.Equal(["\"2026-K1\",2,0,0,0,0,0,0,0", "\"2026-K2\",0,0,0,0,1,0,0,0", "\"Totaal\",2,0,0,0,1,0,0,0"], lines[1..]);

        var spreadsheet = await coordinator.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.OK, spreadsheet.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", spreadsheet.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await spreadsheet.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("klachten");
        Assert.Equal("Meldingen bij de klachtenbalie per categorie en kwartaal", sheet.Cell(1, 1).GetString());
        Assert.Equal("Kwartaal", sheet.Cell(4, 1).GetString());
        Assert.Equal("2026-K1", sheet.Cell(5, 1).GetString());
        Assert.Equal(2, sheet.Cell(5, 2).GetDouble());
        Assert.Equal(1, sheet.Cell(6, 6).GetDouble());
        Assert.Equal("Totaal", sheet.Cell(7, 1).GetString());

        var all = Parse(await coordinator.GetStringAsync("/Monitoring?from=2026-01-01&to=2026-06-30")).QuerySelectorAll("a").First(a => a.TextContent.Contains("Alle cijfers", StringComparison.Ordinal)).GetAttribute("href")!;
        using var everything = new XLWorkbook(await (await coordinator.GetAsync(all)).Content.ReadAsStreamAsync());
        Assert.Equal(13, everything.Worksheets.Count);
    }

    /// <summary>Six bank-account complaints in the first quarter of 2025 and two about insurance in the second.</summary>
    private async Task SeedLastYearAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(Enumerable.Range(1, 6).Select(n => Support.Complaints.Received(ComplaintCategory.BankAccount, new DateOnly(2025, 2, n))));
        db.AddRange(Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2025, 5, 1)), Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2025, 5, 2)));
        await db.SaveChangesAsync();
    }

    private async Task<(AppUser Contact, AppUser Member, AppUser Impostor)> PartnerAccountsAsync(Organisation care)
    {
        var contact = await _app.CreateAsync(email: Participants.UniqueEmail("partner"), emailConfirmed: true);
        var member = await _app.CreateAsync(email: Participants.UniqueEmail("member"), emailConfirmed: true);
        var impostor = await _app.CreateAsync(email: Participants.UniqueEmail("impostor"), emailConfirmed: true);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Participant Active(ParticipationForm form, AppUser user, string email, Guid? organisation)
        {
            var participant = Participant.SignUp(Guid.NewGuid(), form, user.Id, new Participant.Details("Sam", email, null, "nl", organisation, null, null, ExpertOffer.None, null), [], Utc(2025, 7, 1));
            participant.Activate(Utc(2025, 7, 2));
            return participant;
        }
        db.AddRange(Active(ParticipationForm.Partner, contact, contact.Email!, care.Id), Active(ParticipationForm.SoundingBoard, member, member.Email!, null),
            // Signed in as themselves, the impostor typed the real contact's address into a partner sign-up, which a coordinator accepted.
            Active(ParticipationForm.Partner, impostor, contact.Email!, care.Id));
        await db.SaveChangesAsync();
        return (contact, member, impostor);
    }

    [Fact]
    public async Task A_partners_contact_reads_closed_years_with_numbers_under_five_hidden_and_their_complement_too()
    {
        var care = await SeedAsync();
        await SeedLastYearAsync();
        var (contact, _, _) = await PartnerAccountsAsync(care);
        var partner = await _app.SignInAsync(contact);
        var mine = await partner.GetStringAsync("/Participation/Mine");
        var start = Parse(await partner.GetStringAsync(Links.Href(mine, "a[data-testid=monitoring]")));

        // No days to choose: two periods a day apart would show that day by subtraction.
        Assert.Null(start.QuerySelector("input[name=from]"));
        Assert.Equal(["2025", "2024", "2023", "2022", "2021"], start.QuerySelectorAll("nav.filters a").Select(a => a.TextContent).ToList());
        var page = Parse(await partner.GetStringAsync("/Monitoring?from=2026-01-01&to=2026-01-01"));
        var period = page.QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("Periode:", StringComparison.Ordinal)).TextContent;
        Assert.Contains("1 januari 2025 tot en met", period, StringComparison.Ordinal);
        Assert.Contains("31 december 2025.", period, StringComparison.Ordinal);
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
        // One sign-up in 2025: neither the number nor its form is told.
        Assert.Equal("< 5 aanmeldingen in deze periode.", page.QuerySelector("#figure-aanmeldingen .figure-summary")!.TextContent);
        Assert.Null(page.QuerySelector("#figure-veiligheid"));
        Assert.NotNull(page.QuerySelector("#figure-waarschuwingen"));
        Assert.Null(page.QuerySelector(".note"));

        var links = page.QuerySelectorAll("#figure-klachten .figure-downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("\"2025-K2\",\"< 5\"", await partner.GetStringAsync(links[0]), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(await (await partner.GetAsync(links[1])).Content.ReadAsStreamAsync());
        Assert.Equal(6, workbook.Worksheet("klachten").Cell(5, 2).GetDouble());
        Assert.Equal("< 5", workbook.Worksheet("klachten").Cell(6, 2).GetString());
    }

    [Fact]
    public async Task Only_a_partners_contact_whose_confirmed_address_was_accepted_reads_the_figures_and_only_while_the_partnership_runs()
    {
        var care = await SeedAsync();
        var (contact, member, impostor) = await PartnerAccountsAsync(care);

        Assert.Null(Links.Href(await (await _app.SignInAsync(member)).GetStringAsync("/Participation/Mine"), "a[data-testid=monitoring]"));
        foreach (var refusedUser in new[] { member, impostor })
        {
            var refused = await (await _app.SignInAsync(refusedUser)).GetAsync("/Monitoring");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/Accounts/AccessDenied", refused.Headers.Location!.AbsolutePath);
        }
        var partner = await _app.SignInAsync(contact);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/Monitoring")).StatusCode);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var partnership = db.Set<Partnership>().Single(p => p.OrganisationId == care.Id);
            partnership.EndsOn = new DateOnly(2026, 7, 1);
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Redirect, (await partner.GetAsync("/Monitoring")).StatusCode);
    }

    [Fact]
    public async Task Every_text_a_figure_shows_has_its_English_translation()
    {
        await SeedAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<MonitoringFigures>().ComputeAsync(new FigurePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), null, fullDetail: true);
        figures = [.. figures, .. await scope.ServiceProvider.GetRequiredService<MonitoringFigures>().ComputeAsync(FigurePeriod.Year(2025), null, fullDetail: false)];
        var english = XDocument.Load(Path.Combine(SiteTexts.WebProject(), "Resources", "SharedResource.en.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        var texts = figures.SelectMany(f => new[] { f.Title, f.RowHeader, f.Summary.Text, f.Summary.WhenSmall?.Text, f.Note }.Concat(f.Series)
            .Concat(f.Rows.Where(r => r.Label.Translated).Select(r => r.Label.Text))
            .Concat(f.Summary.Values.OfType<FigureLabel>().Where(l => l.Translated).Select(l => l.Text))).OfType<string>().ToHashSet();

        Assert.Equal([], texts.Where(t => !english.Contains(t)).Order());
    }

    [Theory]
    [InlineData("2026-06-30", "2026-01-01", "De einddatum ligt voor de begindatum")]
    [InlineData("2010-01-01", "2026-01-01", "Kies een periode van hoogstens 10 jaar")]
    [InlineData("1999-12-31", "2026-01-01", "Kies een periode tussen 2000 en 2027")]
    [InlineData("9999-12-30", "9999-12-31", "Kies een periode tussen 2000 en 2027")]
    [InlineData("gisteren", "2026-01-01", "Van")]
    public async Task A_period_that_makes_no_sense_is_explained_and_the_last_twelve_months_are_shown(string from, string to, string explanation)
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var response = await coordinator.GetAsync($"/Monitoring?from={from}&to={to}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(explanation, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-08-01", page.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.Equal(13, page.QuerySelectorAll("section.figure").Length);
    }
}
