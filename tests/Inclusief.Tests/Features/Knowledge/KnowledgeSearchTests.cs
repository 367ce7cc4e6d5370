using System.Net.Http.Json;
using System.Text.Json;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Knowledge;

/// <summary>Runs on SQLite (FTS5) and, under test.sh, on PostgreSQL (tsvector): the same expectations for both engines.</summary>
public sealed class KnowledgeSearchTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<List<string>> TitlesAsync(string url)
    {
        var json = await _app.CreateBrowser().GetFromJsonAsync<JsonElement>(url);
        return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task A_word_in_the_title_ranks_above_the_same_word_in_the_body_and_unrelated_items_stay_out()
    {
        await _app.PublishAsync("Verslag van de werkgroep", body: "In de werkgroep spraken we ook over de bank van een deelnemer.");
        await _app.PublishAsync("Een bankrekening openen als sekswerker", summary: "Wat je nodig hebt bij de bank.");
        await _app.PublishAsync("Huisvesting in Leiden", body: "Woningcorporaties en zelfstandige ondernemers.");

        var titles = await TitlesAsync("/api/knowledge?q=bank");

        Assert.Equal(["Een bankrekening openen als sekswerker", "Verslag van de werkgroep"], titles);
    }

    [Fact]
    public async Task English_items_are_found_by_another_form_of_the_word_and_several_words_must_all_match()
    {
        await _app.PublishAsync("Opening a bank account", summary: "What banks ask of sex workers.", language: "en");
        await _app.PublishAsync("Accounts of exclusion", summary: "Stories from the sounding board.", language: "en");

        var accounts = await TitlesAsync("/api/knowledge?q=accounts");
        var both = await TitlesAsync("/api/knowledge?q=bank%20accounts");

        Assert.Equal(2, accounts.Count);
        Assert.Equal(["Opening a bank account"], both);
    }

    [Fact]
    public async Task A_Romanian_visitor_finds_Romanian_items_and_a_Bulgarian_word_finds_a_Bulgarian_item_as_written()
    {
        await _app.PublishAsync("Conturile bancare pentru lucrătorii sexuali", summary: "Ce cere banca.", language: "ro");
        await _app.PublishAsync("Банкова сметка за секс работници", summary: "Какво иска банката.", language: "bg");
        await _app.PublishAsync("Bankszámlák szexmunkásoknak", summary: "Mit kér a bank.", language: "hu");
        await _app.PublishAsync("Een bankrekening openen", summary: "Wat de bank vraagt.");

        Assert.Equal(["Conturile bancare pentru lucrătorii sexuali"], await TitlesInAsync("ro", "bancare"));
        Assert.Equal(["Банкова сметка за секс работници"], await TitlesInAsync("bg", "сметка"));
        Assert.Equal(["Bankszámlák szexmunkásoknak"], await TitlesInAsync("hu", "bankszámlák"));
        if (TestDatabase.IsPostgres)
        {
            // PostgreSQL stems Romanian and Hungarian: another form of the word finds the item too.
            Assert.Equal(["Conturile bancare pentru lucrătorii sexuali"], await TitlesInAsync("ro", "bancară"));
            Assert.Equal(["Bankszámlák szexmunkásoknak"], await TitlesInAsync("hu", "bankszámla"));
        }
    }

    private async Task<List<string>> TitlesInAsync(string language, string words)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/knowledge?q=" + Uri.EscapeDataString(words));
        request.Headers.AcceptLanguage.ParseAdd(language);
        var json = await (await _app.CreateBrowser().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task Filters_by_kind_and_theme_apply_to_searches_and_hidden_items_are_never_found()
    {
        await _app.PublishAsync("Handreiking bankzaken voor gemeenten", kind: KnowledgeKind.Guide, themes: ["bankzaken"]);
        await _app.PublishAsync("Essay over bankzaken", kind: KnowledgeKind.Essay, themes: ["bankzaken"]);
        await _app.PublishAsync("Bankzaken voor leden", kind: KnowledgeKind.Guide, visibility: KnowledgeVisibility.Members);

        var guides = await TitlesAsync("/api/knowledge?q=bankzaken&kind=Guide");
        var themed = await TitlesAsync("/api/knowledge?theme=bankzaken");
        var page = await _app.CreateBrowser().GetStringAsync("/Knowledge?q=bankzaken");

        Assert.Equal(["Handreiking bankzaken voor gemeenten"], guides);
        Assert.Equal(2, themed.Count);
        Assert.DoesNotContain("Bankzaken voor leden", page, StringComparison.Ordinal);
        Assert.Contains("Essay over bankzaken", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"bank")]
    [InlineData("bank OR 1=1; DROP TABLE knowledge_search; --")]
    [InlineData("NEAR(bank) * ^ : & | ! ( ) '")]
    [InlineData("")]
    public async Task Whatever_a_visitor_types_gives_an_answer_not_an_error(string query)
    {
        await _app.PublishAsync("Een bankrekening openen");

        var response = await _app.CreateBrowser().GetAsync("/Knowledge?q=" + Uri.EscapeDataString(query));
        var api = await _app.CreateBrowser().GetAsync("/api/knowledge?q=" + Uri.EscapeDataString(query));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("<h1>Kennisbank</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archived_items_leave_the_search_and_nothing_found_says_so()
    {
        await _app.PublishAsync("Bankrekening", summary: "Over banken.");
        var coordinator = await _app.SignInAsStaffAsync(Web.Features.Accounts.StaffRoles.Coordinator);
        var id = (await _app.CreateBrowser().GetFromJsonAsync<JsonElement>("/api/knowledge?q=bankrekening")).GetProperty("items")[0].GetProperty("id").GetInt32();

        await coordinator.SubmitAsync($"/Knowledge/Write/{id}", new Dictionary<string, string>(), $"/Knowledge/Review/{id}?handler=Archive");
        var page = await _app.CreateBrowser().GetStringAsync("/Knowledge?q=bankrekening");

        Assert.Empty(await TitlesAsync("/api/knowledge?q=bankrekening"));
        Assert.Contains("Niets gevonden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_choice_offers_the_themes_of_public_items_only()
    {
        await _app.PublishAsync("Werkplekken", themes: ["huisvesting"]);
        await _app.PublishAsync("Nog een werkplek", themes: ["huisvesting", "zorg"]);
        await _app.PublishAsync("Voor leden", themes: ["intern overleg"], visibility: KnowledgeVisibility.Members);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await _app.CreateBrowser().GetStringAsync("/Knowledge"));

        Assert.Equal(["huisvesting", "zorg"], page.QuerySelectorAll("select#theme option[value]:not([value=''])").Select(o => o.GetAttribute("value")).ToList());
    }

    [Fact]
    public async Task Lessons_and_themes_are_searchable_and_a_rebuilt_index_finds_the_same()
    {
        await _app.PublishAsync("Invloed op beleid", kind: KnowledgeKind.TeachingModule);
        await _app.PublishAsync("Werkplekken", themes: ["huisvesting"]);
        var lesson = await TitlesAsync("/api/knowledge?q=eerste%20les");
        var theme = await TitlesAsync("/api/knowledge?q=huisvesting");

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KnowledgeSearch>().RebuildAsync();
        }

        Assert.Equal(["Invloed op beleid"], lesson);
        Assert.Equal(["Werkplekken"], theme);
        Assert.Equal(lesson, await TitlesAsync("/api/knowledge?q=eerste%20les"));
        Assert.Equal(theme, await TitlesAsync("/api/knowledge?q=huisvesting"));
    }

    [Fact]
    public async Task Paging_goes_from_title_matches_to_summary_and_body_matches_without_losing_or_repeating_an_item()
    {
        for (var i = 0; i < 21; i++)
        {
            await _app.PublishAsync($"Pensioen voor zelfstandigen {i}");
        }
        await _app.PublishAsync("Oudedagsvoorziening", summary: "Over het pensioen van sekswerkers.");
        await _app.PublishAsync("Verslag van de klankbordgroep", body: "Ook het pensioen kwam ter sprake.");

        var first = await _app.CreateBrowser().GetFromJsonAsync<JsonElement>("/api/knowledge?q=pensioen");
        var second = await _app.CreateBrowser().GetFromJsonAsync<JsonElement>("/api/knowledge?q=pensioen&page=2");
        var titles = second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal(3, titles.Count);
        Assert.StartsWith("Pensioen voor zelfstandigen", titles[0], StringComparison.Ordinal);
        Assert.Equal(["Oudedagsvoorziening", "Verslag van de klankbordgroep"], titles[1..]);
        var all = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())
            .Concat(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(23, all.Distinct().Count());
    }

    public void Dispose() => _app.Dispose();
}
