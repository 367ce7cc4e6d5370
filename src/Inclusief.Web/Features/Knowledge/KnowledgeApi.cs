using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// The open JSON API: published, public items only, the same search as the web pages. Documented at
/// /api/openapi/v1.json; anyone may read it from anywhere (CORS *), nothing is written through it.
/// </summary>
public static class KnowledgeApi
{
    public sealed record ItemSummary(int Id, string Kind, string Title, string Summary, string Author, string Language, DateTime? PublishedAt, string Url);

    public sealed record ItemList(IReadOnlyList<ItemSummary> Items, int Page, bool HasMore);

    public sealed record Lesson(int Position, string Title, string BodyHtml);

    public sealed record Attachment(string FileName, string ContentType, long Size, string Url);

    public sealed record Item(
        int Id, string Kind, string Title, string Summary, string Author, string Language, DateTime? PublishedAt, DateTime UpdatedAt,
        IReadOnlyList<string> Themes, string BodyMarkdown, string BodyHtml, string? MediaUrl, IReadOnlyList<Lesson> Lessons,
        IReadOnlyList<Attachment> Attachments, string Url);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/knowledge").AllowAnonymous().WithTags("Knowledge")
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
                return await next(context);
            });
        api.MapGet("/", ListAsync).WithName("ListKnowledge")
            .WithSummary("Search or list published public items, newest first or best match first (20 per page).");
        api.MapGet("/{id:int}", GetAsync).WithName("GetKnowledgeItem")
            .WithSummary("One published public item with its Markdown and sanitised HTML, lessons and attachments.");
    }

    private static async Task<Results<Ok<ItemList>, ValidationProblem>> ListAsync(KnowledgeSearch search, PublicAddress publicAddress, HttpRequest request, string? q, string? kind, string? theme, int? page)
    {
        KnowledgeKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<KnowledgeKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [$"Unknown kind; use one of {string.Join(", ", KnowledgeKinds.All)}."] });
            }
            parsedKind = k;
        }
        var results = await search.FindAsync(new KnowledgeSearch.Query(q, parsedKind, theme, Members: false, Page: page ?? 1), request.HttpContext.RequestAborted);
        var site = publicAddress.Root;
        return TypedResults.Ok(new ItemList(
            results.Hits.Select(h => new ItemSummary(h.Id, h.Kind.ToString(), h.Title, h.Summary, h.AuthorName, h.Language, h.PublishedAt, $"{site}/Knowledge/Item/{h.Id}")).ToList(),
            results.Page, results.HasMore));
    }

    private static async Task<Results<Ok<Item>, NotFound>> GetAsync(AppDbContext db, PublicAddress publicAddress, HttpRequest request, int id)
    {
        var item = await db.PublishedItems().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, request.HttpContext.RequestAborted);
        if (item is null)
        {
            return TypedResults.NotFound();
        }
        var site = publicAddress.Root;
        return TypedResults.Ok(new Item(
            item.Id, item.Kind.ToString(), item.Title, item.Summary, item.AuthorName, item.Language, item.PublishedAt, item.UpdatedAt,
            item.Themes.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(), item.Body, SafeMarkdown.ToSafeHtml(item.Body), item.MediaUrl,
            item.Lessons.OrderBy(l => l.Position).Select(l => new Lesson(l.Position, l.Title, SafeMarkdown.ToSafeHtml(l.Body))).ToList(),
            item.Attachments.OrderBy(a => a.FileName, StringComparer.Ordinal).Select(a => new Attachment(a.FileName, a.ContentType, a.Size, $"{site}/Knowledge/Attachment/{a.Id}")).ToList(),
            $"{site}/Knowledge/Item/{item.Id}"));
    }
}
