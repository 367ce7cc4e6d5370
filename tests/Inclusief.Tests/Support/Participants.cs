using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Support;

/// <summary>Sign-ups made through the real form, and read back from the database.</summary>
public static class Participants
{
    public static async Task<Participant> SignUpAsync(this AppFactory app, string email, string form = "expert-group", HttpClient? browser = null, string displayName = "Jade")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.OnBehalfOfOrganisation"] = "false",
            ["Input.ContactConsent"] = "true",
            ["Input.Expertise"] = "Ervaring met banken",
            ["Input.Offers"] = "Essay",
            ["Input.ThemeIds"] = "6a0f6e1e-0001-4c1b-9d8e-0a0000000001",
            ["Input.Motivation"] = "Een idee",
        };
        var response = await (browser ?? app.CreateBrowser()).SubmitAsync($"/Participation/SignUp/{form}", fields);
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Sign-up failed: {(int)response.StatusCode}");
        }
        return (await app.ParticipantsAsync(email)).OrderByDescending(p => p.CreatedAt).First();
    }

    public static async Task<List<Participant>> ParticipantsAsync(this AppFactory app, string email)
    {
        var normalized = email.ToLowerInvariant();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Participant>().AsNoTracking()
            .Include(p => p.Intakes).Where(p => p.Email == normalized).ToListAsync();
    }

    public static async Task<Participant> ParticipantAsync(this AppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Participant>().AsNoTracking()
            .Include(p => p.Intakes).SingleAsync(p => p.Id == id);
    }

    public static string UniqueEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.org";
}
