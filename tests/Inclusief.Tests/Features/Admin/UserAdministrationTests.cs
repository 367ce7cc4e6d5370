using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Admin;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Admin;

[Collection(SharedApp.Name)]
public sealed class UserAdministrationTests(AppFactory app)
{
    private async Task<bool> IsInRoleAsync(AppUser user, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(user.Id))!, role);
    }

    private async Task<List<AuditEntry>> AuditAsync(string subjectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().Where(e => e.SubjectId == subjectId).ToListAsync();
    }

    [Fact]
    public async Task An_admin_finds_a_user_by_name_and_gives_them_a_role_which_the_audit_log_records()
    {
        var admin = await app.CreateAsync(StaffRoles.Admin, withTwoFactor: true);
        var browser = await app.SignInAsync(admin);
        var person = await app.CreateAsync();

        var list = await browser.GetStringAsync($"/Admin/Users?search={person.UserName}");
        var saved = await browser.SubmitAsync($"/Admin/Users/Edit/{person.Id}", new Dictionary<string, string> { ["roles"] = StaffRoles.Caseworker }, $"/Admin/Users/Edit/{person.Id}?handler=Roles");

        Assert.Contains(person.DisplayName, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await IsInRoleAsync(person, StaffRoles.Caseworker));
        var entry = Assert.Single(await AuditAsync(person.Id));
        Assert.Equal(("role-assigned", admin.Id, StaffRoles.Caseworker), (entry.Action, entry.ActorId, entry.Detail));
        Assert.Contains("role-assigned", await browser.GetStringAsync("/Admin/Audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_change_their_own_roles()
    {
        var admin = await app.CreateAsync(StaffRoles.Admin, withTwoFactor: true);
        var browser = await app.SignInAsync(admin);

        var page = await browser.GetStringAsync($"/Admin/Users/Edit/{admin.Id}");
        var removeOwn = await browser.ForgeAsync($"/Admin/Users/Edit/{admin.Id}", new Dictionary<string, string>(), $"/Admin/Users/Edit/{admin.Id}?handler=Roles");
        var grantOwn = await browser.ForgeAsync($"/Admin/Users/Edit/{admin.Id}", new Dictionary<string, string> { ["roles"] = StaffRoles.SafetyModerator }, $"/Admin/Users/Edit/{admin.Id}?handler=Roles");

        Assert.DoesNotContain("handler=Roles", page, StringComparison.Ordinal);
        Assert.Contains("Je eigen rollen kun je niet wijzigen", await browser.FollowAsync(grantOwn), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removeOwn.StatusCode);
        Assert.True(await IsInRoleAsync(admin, StaffRoles.Admin));
        Assert.False(await IsInRoleAsync(admin, StaffRoles.SafetyModerator));
        Assert.Empty(await AuditAsync(admin.Id));
    }

    [Fact]
    public async Task Granting_the_moderator_role_is_audited_and_mailed_to_the_other_moderators()
    {
        var moderator = await app.CreateAsync(StaffRoles.SafetyModerator, withTwoFactor: true, email: Participants.UniqueEmail("moderator"), emailConfirmed: true);
        var browser = await app.SignInAsStaffAsync(StaffRoles.Admin);
        var person = await app.CreateAsync(email: Participants.UniqueEmail("nieuw"), emailConfirmed: true);

        await browser.SubmitAsync($"/Admin/Users/Edit/{person.Id}", new Dictionary<string, string> { ["roles"] = StaffRoles.SafetyModerator }, $"/Admin/Users/Edit/{person.Id}?handler=Roles");

        Assert.True(await IsInRoleAsync(person, StaffRoles.SafetyModerator));
        Assert.Single(await AuditAsync(person.Id), e => e.Action == "role-assigned" && e.Detail == StaffRoles.SafetyModerator);
        var mail = Assert.Single(await app.MailsToAsync(moderator.Email!), m => m.Subject?.StartsWith("Nieuwe collega met de rol", StringComparison.Ordinal) == true);
        Assert.Contains(person.DisplayName, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.MailsToAsync(person.Email!), m => m.Subject?.StartsWith("Nieuwe collega", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_deactivated_account_can_no_longer_sign_in_until_reactivated()
    {
        var browser = await app.SignInAsStaffAsync(StaffRoles.Admin);
        var person = await app.CreateAsync();

        await browser.SubmitAsync($"/Admin/Users/Edit/{person.Id}", new Dictionary<string, string>(), $"/Admin/Users/Edit/{person.Id}?handler=Deactivate");
        var refused = await Record.ExceptionAsync(() => app.SignInAsync(person));
        await browser.SubmitAsync($"/Admin/Users/Edit/{person.Id}", new Dictionary<string, string>(), $"/Admin/Users/Edit/{person.Id}?handler=Reactivate");
        var allowed = await Record.ExceptionAsync(() => app.SignInAsync(person));

        Assert.NotNull(refused);
        Assert.Null(allowed);
        Assert.Equal(["account-deactivated", "account-reactivated"], (await AuditAsync(person.Id)).OrderBy(e => e.Id).Select(e => e.Action));
    }

    [Fact]
    public async Task An_unknown_user_id_gives_a_404_page()
    {
        var browser = await app.SignInAsStaffAsync(StaffRoles.Admin);

        var response = await browser.GetAsync("/Admin/Users/Edit/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_create_admin_command_makes_an_admin_with_a_one_time_password()
    {
        var email = $"beheer-{Guid.NewGuid():N}@example.org";
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await AdminCommands.RunAsync(app.Services, ["create-admin", "--email", email]));
        }
        finally
        {
            Console.SetOut(original);
        }

        var password = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"Password:\s+(\S+)").Groups[1].Value;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = (await users.FindByNameAsync(email))!;
        Assert.True(await users.IsInRoleAsync(admin, StaffRoles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, password));
    }

    [Fact]
    public async Task The_create_admin_command_without_an_email_explains_its_usage()
    {
        Assert.Equal(2, await AdminCommands.RunAsync(app.Services, ["create-admin"]));
    }

    [Fact]
    public async Task The_user_list_pages_through_the_shared_pager_and_keeps_the_search()
    {
        var tag = $"pager{Guid.NewGuid():N}"[..14];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            for (var i = 0; i < 51; i++)
            {
                Assert.True((await users.CreateAsync(new AppUser { UserName = $"{tag}-{i:00}", DisplayName = $"{tag} {i:00}" })).Succeeded);
            }
        }
        var admin = await app.SignInAsStaffAsync(StaffRoles.Admin);

        var first = await admin.GetStringAsync($"/Admin/Users?search={tag}");
        var next = System.Text.RegularExpressions.Regex.Match(first, "<a href=\"([^\"]+)\" rel=\"next\">").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var second = await admin.GetStringAsync(next);

        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Contains($"search={tag}", next, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.Contains($"{tag} 50", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"{tag} 00", second, StringComparison.Ordinal);
    }
}
