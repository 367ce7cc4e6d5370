using Inclusief.Data;
using Inclusief.Web.Features.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Support;

/// <summary>Published knowledge items put straight into the database and the search index, for tests about reading and finding.</summary>
public static class KnowledgeItems
{
    public static async Task<int> PublishAsync(this AppFactory app, string title, string summary = "Een samenvatting.", string body = "",
        KnowledgeKind kind = KnowledgeKind.Article, string language = "nl", string[]? themes = null, KnowledgeVisibility visibility = KnowledgeVisibility.Public)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var item = KnowledgeItem.Start(new KnowledgeItem.Draft(kind, title, summary, body, language, "Redactie", visibility,
            kind == KnowledgeKind.Media ? "https://example.org/podcast" : null, null, themes ?? [], [], [], [], [], []), "test-author", now);
        if (kind == KnowledgeKind.TeachingModule)
        {
            item.AddLesson("Eerste les", "Inhoud van de eerste les.");
        }
        item.Publish(now);
        db.Add(item);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<KnowledgeSearch>().IndexAsync(item);
        return item.Id;
    }
}
