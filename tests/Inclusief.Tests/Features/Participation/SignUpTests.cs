using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Consents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Participation;

[Collection(SharedApp.Name)]
public sealed class SignUpTests(AppFactory app)
{
    public static Dictionary<string, string> Form(string email, params (string Key, string Value)[] extra)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Jade",
            ["Input.Email"] = email,
            ["Input.OnBehalfOfOrganisation"] = "false",
            ["Input.ContactConsent"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            form[key] = value;
        }
        return form;
    }

    private async Task<List<Participant>> ParticipantsAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Participant>().AsNoTracking()
            .Include(p => p.Themes).Where(p => p.Email == email).ToListAsync();
    }

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task Signing_up_for_the_expert_group_under_a_pseudonym_creates_a_new_participant_and_mails_a_receipt()
    {
        var email = Unique("expert");

        var response = await app.CreateBrowser().SubmitAsync("/Participation/SignUp/expert-group",
            Form(email, ("Input.Expertise", "Bankzaken voor zzp'ers"), ("Input.Offers", "Presentation")));

        Assert.Equal("/Participation/Submitted?form=expert-group", response.Headers.Location?.OriginalString);
        var participant = Assert.Single(await ParticipantsAsync(email));
        Assert.Equal((ParticipationForm.ExpertGroup, ParticipationStatus.New, "Jade", ExpertOffer.Presentation), (participant.Form, participant.Status, participant.DisplayName, participant.Offers));
        var receipt = Assert.Single(await app.MailsToAsync(email));
        Assert.Equal("We hebben je aanmelding ontvangen", receipt.Subject);
        Assert.Contains("Expertgroep", receipt.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_same_sign_up_form_twice_creates_one_participant()
    {
        var email = Unique("dubbel");
        var browser = app.CreateBrowser();
        var page = await (await browser.GetAsync("/Participation/SignUp/sounding-board")).Content.ReadAsStringAsync();
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.SubmissionKey\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = Form(email, ("Input.SubmissionKey", key), ("Input.ThemeIds", "6a0f6e1e-0001-4c1b-9d8e-0a0000000005"));
        form["__RequestVerificationToken"] = Forms.Token(page)!;

        var first = await browser.PostAsync("/Participation/SignUp/sounding-board", new FormUrlEncodedContent(form));
        var second = await browser.PostAsync("/Participation/SignUp/sounding-board", new FormUrlEncodedContent(form));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var participant = Assert.Single(await ParticipantsAsync(email));
        Assert.Equal("safety", Assert.Single(participant.Themes).Code);
        Assert.Single(await app.MailsToAsync(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1e309")]
    public async Task A_sign_up_without_consent_to_be_contacted_or_with_a_tampered_box_is_refused_and_keeps_what_was_typed(string? consent)
    {
        var email = Unique("geen-toestemming");
        var form = Form(email, ("Input.Motivation", "Ik wil graag meedenken over banken."), ("Input.ThemeIds", "6a0f6e1e-0001-4c1b-9d8e-0a0000000001"));
        form.Remove("Input.ContactConsent");
        if (consent is not null)
        {
            form["Input.ContactConsent"] = consent;
        }

        var response = await app.CreateBrowser().SubmitAsync("/Participation/SignUp/work-field-group", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Zonder deze toestemming kunnen we je aanmelding niet behandelen.", html, StringComparison.Ordinal);
        Assert.Contains("Ik wil graag meedenken over banken.", html, StringComparison.Ordinal);
        Assert.Empty(await ParticipantsAsync(email));
    }

    [Fact]
    public async Task A_work_field_sign_up_asks_for_at_least_one_theme()
    {
        var response = await app.CreateBrowser().SubmitAsync("/Participation/SignUp/work-field-group", Form(Unique("thema")));

        Assert.Contains("Kies minstens één thema.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_signs_up_for_a_new_organisation_which_waits_for_approval_with_its_listing_consent_recorded()
    {
        var email = Unique("partner");
        var organisation = $"Stichting Test {Guid.NewGuid():N}"[..30];

        await app.CreateBrowser().SubmitAsync("/Participation/SignUp/partner", Form(email,
            ("Input.OnBehalfOfOrganisation", "true"), ("Input.NewOrganisationName", organisation), ("Input.NewOrganisationType", "CareAndWelfare"),
            ("Input.NewOrganisationMunicipality", "GM0518"), ("Input.PartnerCommitment", "Twee uur per week"), ("Input.ListOrganisationPublicly", "true")));

        var participant = Assert.Single(await ParticipantsAsync(email));
        await using var scope = app.Services.CreateAsyncScope();
        var proposed = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Organisation>().SingleAsync(o => o.Id == participant.OrganisationId);
        Assert.Equal((organisation, OrganisationType.CareAndWelfare, "GM0518", false), (proposed.Name, proposed.Type, proposed.MunicipalityCode, proposed.IsApproved));
        Assert.True(await scope.ServiceProvider.GetRequiredService<Consents>().IsGivenAsync(Organisation.SubjectType, proposed.Id.ToString(), ConsentPurpose.ListOrganisationPublicly));
        Assert.False(proposed.ListedPublicly);
    }

    [Fact]
    public async Task A_partner_sign_up_on_personal_title_is_refused()
    {
        var response = await app.CreateBrowser().SubmitAsync("/Participation/SignUp/partner", Form(Unique("persoonlijk")));

        Assert.Contains("Een samenwerkingspartner is een organisatie", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_up_form_never_asks_whether_someone_is_a_sex_worker_but_lets_them_say_so()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Participation/SignUp/sounding-board");

        Assert.Contains("Ik vertel uit eigen keuze", html, StringComparison.Ordinal);
        Assert.DoesNotContain("required", System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*ShareLivedExperience[^>]*>").Value, StringComparison.Ordinal);
        Assert.Contains("Naam of schuilnaam", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_form_gives_a_404_page()
    {
        var response = await app.CreateBrowser().GetAsync("/Participation/SignUp/geheime-groep");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_take_part_page_explains_all_six_ways()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Participation");

        foreach (var way in new[] { "Nieuwsbrief", "Expertgroep", "Werkveldgroep", "Projectidee", "Klankbordgroep", "Samenwerkingspartner" })
        {
            Assert.Contains(way, html, StringComparison.Ordinal);
        }
    }
}
