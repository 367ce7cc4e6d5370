using System.Net.Http.Headers;
using System.Text;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Municipalities;

public sealed class MunicipalityImportTests : IDisposable
{
    private readonly AppFactory _app = new();

    private static string SharedList() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gemeenten.csv"));

    private static async Task<string> UploadAsync(HttpClient admin, string csv)
    {
        var page = await admin.GetStringAsync("/Municipalities/Admin/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.Token(page)!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "gemeenten.csv");
        return await (await admin.PostAsync("/Municipalities/Admin/Import", form)).Content.ReadAsStringAsync();
    }

    private async Task<List<Municipality>> ListAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Municipality>().AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Importing_the_CBS_list_twice_changes_nothing_and_a_merger_ends_the_old_municipalities()
    {
        var admin = await _app.SignInAsStaffAsync(StaffRoles.Admin);
        var cbs = SharedList();

        var first = await UploadAsync(admin, cbs);
        var merged = cbs.Replace("GM0014,Groningen,Groningen\n", "", StringComparison.Ordinal).Replace("GM0034,Almere,Flevoland\n", "", StringComparison.Ordinal)
            + "GM1999,Groenmere,Groningen,GM0014;GM0034\n";
        var after = await UploadAsync(admin, merged);
        var again = await UploadAsync(admin, merged);

        Assert.Contains("0 toegevoegd, 0 gewijzigd, 0 opgeheven, 342 ongewijzigd", first, StringComparison.Ordinal);
        Assert.Contains("1 toegevoegd, 0 gewijzigd, 2 opgeheven, 340 ongewijzigd", after, StringComparison.Ordinal);
        Assert.Contains("0 toegevoegd, 0 gewijzigd, 0 opgeheven, 341 ongewijzigd", again, StringComparison.Ordinal);
        var list = await ListAsync();
        Assert.Equal(341, list.Count(m => m.IsActive));
        Assert.Equal("GM1999", list.Single(m => m.Code == "GM0014").MergedInto);
        Assert.False(list.Single(m => m.Code == "GM0034").IsActive);
    }

    [Fact]
    public async Task A_list_with_a_bad_row_changes_nothing_and_says_which_line()
    {
        var admin = await _app.SignInAsStaffAsync(StaffRoles.Admin);

        var html = await UploadAsync(admin, "code,name,province\nGM0014,Groningen,Groningen\nXX12,Nergens,Nergens\n");

        Assert.Contains("Regel 3: verwacht een code als GM0363", html, StringComparison.Ordinal);
        Assert.Equal(342, (await ListAsync()).Count(m => m.IsActive));
    }

    [Fact]
    public async Task Only_admins_import()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var response = await coordinator.GetAsync("/Municipalities/Admin/Import");

        Assert.Contains("/Accounts/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
