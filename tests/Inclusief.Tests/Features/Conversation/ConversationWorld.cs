using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Projects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Conversation;

/// <summary>An app with a clock the tests move (edit windows, limits, digests), and the things people talk about.</summary>
public sealed class ConversationWorld : AppFactory
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public async Task<Idea> SharedIdeaAsync(AppUser submitter, bool shared = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var idea = Idea.Submit(Guid.NewGuid(), submitter.Id, new Idea.Content(IdeaKind.Bottleneck, $"Idee {Guid.NewGuid():N}"[..20],
            "Banken zeggen rekeningen van sekswerkers op, zonder uitleg.", null, null, null, null, shared), Now);
        db.Add(idea);
        await db.SaveChangesAsync();
        return idea;
    }

    public async Task<SubProject> SubProjectAsync(AppUser lead, Visibility visibility)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var project = SubProject.FromIdea(Guid.NewGuid(), $"Deelproject {Guid.NewGuid():N}"[..24], "Hoe krijgt iedereen een rekening?", null, lead.Id, Now);
        project.Change(new SubProject.Settings(project.Title, project.Question, null, null, SubProjectStatus.Running, visibility, null, null, null));
        db.Add(project);
        await db.SaveChangesAsync();
        return project;
    }

    /// <summary>Writes a comment through the thread's own form on <paramref name="page"/>.</summary>
    public static Task<HttpResponseMessage> CommentAsync(HttpClient browser, string page, string text) =>
        browser.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = text }, "/Conversation/Write");
}
