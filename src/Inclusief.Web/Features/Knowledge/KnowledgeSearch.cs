using System.Text.RegularExpressions;
using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// Full-text search over published items with one results contract on both databases: SQLite's FTS5 (bm25,
/// porter stemming for English, prefix matching for Dutch compounds) and PostgreSQL's full-text search
/// (Dutch or English stemming by the item's language, weighted title/summary/body, ts_rank). The engines only
/// rank ids; kind, theme and visibility filters and paging are the same LINQ on both.
/// </summary>
public sealed partial class KnowledgeSearch(AppDbContext db)
{
    public const int PageSize = 20;

    private const int MaxTerms = 8;

    public sealed record Query(string? Text, KnowledgeKind? Kind = null, string? Theme = null, bool Members = false, int Page = 1);

    public sealed record Hit(int Id, KnowledgeKind Kind, string Title, string Summary, string AuthorName, string Language, DateTime? PublishedAt);

    public sealed record Results(IReadOnlyList<Hit> Hits, int Page, bool HasMore, bool Searched);

    /// <summary>What the engines hand back: an item id and a rank where lower is better.</summary>
    public sealed class Rank
    {
        public int Id { get; set; }

        public double Score { get; set; }
    }

    public async Task<Results> FindAsync(Query query, CancellationToken cancellationToken = default)
    {
        var terms = Terms(query.Text);
        var items = db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == KnowledgeStatus.Published);
        if (!query.Members)
        {
            items = items.Where(i => i.Visibility == KnowledgeVisibility.Public);
        }
        if (query.Kind is { } kind)
        {
            items = items.Where(i => i.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            items = items.Where(i => i.Themes.Any(t => t.Name == theme));
        }
        IQueryable<Hit> ordered = terms.Count == 0
            ? items.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
                .Select(i => new Hit(i.Id, i.Kind, i.Title, i.Summary, i.AuthorName, i.Language, i.PublishedAt))
            : from rank in Ranks(terms)
              join i in items on rank.Id equals i.Id
              orderby rank.Score, i.PublishedAt descending
              select new Hit(i.Id, i.Kind, i.Title, i.Summary, i.AuthorName, i.Language, i.PublishedAt);
        var page = Math.Clamp(query.Page, 1, 10_000);
        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new Results(rows.Take(PageSize).ToList(), page, rows.Count > PageSize, terms.Count > 0);
    }

    /// <summary>Puts a published item in the index (or refreshes it); anything else is taken out.</summary>
    public Task IndexAsync(KnowledgeItem item, CancellationToken cancellationToken = default) => WriteAsync(item.Id, cancellationToken);

    /// <summary>Rebuilds the whole index from the items in one statement (after a bulk load or a restore).</summary>
    public Task RebuildAsync(CancellationToken cancellationToken = default) => WriteAsync(null, cancellationToken);

    /// <summary>
    /// The one definition of what is searchable, per engine: title; summary with the themes; body with the
    /// lessons. Written set-based, so one item and all items go through the same statement.
    /// </summary>
    private async Task WriteAsync(int? itemId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search WHERE {itemId}::integer IS NULL OR item_id = {itemId}", cancellationToken);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO knowledge_search (item_id, document)
                SELECT d."Id",
                    setweight(to_tsvector(d.config, d."Title"), 'A') ||
                    setweight(to_tsvector(d.config, d."Summary" || ' ' || d.themes), 'B') ||
                    setweight(to_tsvector(d.config, d."Body" || ' ' || d.lessons), 'D')
                FROM (SELECT i."Id", i."Title", i."Summary", i."Body",
                        CASE WHEN i."Language" = 'en' THEN 'english'::regconfig ELSE 'dutch'::regconfig END AS config,
                        COALESCE((SELECT string_agg(t."Name", ', ') FROM "KnowledgeTheme" t WHERE t."ItemId" = i."Id"), '') AS themes,
                        COALESCE((SELECT string_agg(l."Title" || ' ' || l."Body", ' ') FROM "KnowledgeLesson" l WHERE l."ItemId" = i."Id"), '') AS lessons
                      FROM "KnowledgeItem" i
                      WHERE i."Status" = 'Published' AND ({itemId}::integer IS NULL OR i."Id" = {itemId})) d
                """, cancellationToken);
            return;
        }
        await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search WHERE {itemId} IS NULL OR rowid = {itemId}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO knowledge_search (rowid, title, summary, body)
            SELECT i."Id", i."Title",
                i."Summary" || ' ' || COALESCE((SELECT group_concat(t."Name", ', ') FROM "KnowledgeTheme" t WHERE t."ItemId" = i."Id"), ''),
                i."Body" || ' ' || COALESCE((SELECT group_concat(l."Title" || ' ' || l."Body", ' ') FROM "KnowledgeLesson" l WHERE l."ItemId" = i."Id"), '')
            FROM "KnowledgeItem" i
            WHERE i."Status" = 'Published' AND ({itemId} IS NULL OR i."Id" = {itemId})
            """, cancellationToken);
    }

    private IQueryable<Rank> Ranks(IReadOnlyList<string> terms)
    {
        if (db.Database.IsNpgsql())
        {
            // Both stemmers read the query, so "banken" finds a Dutch "bank" and "accounts" an English "account".
            var tsquery = string.Join(" & ", terms.Select(t => t + ":*"));
            return db.Database.SqlQuery<Rank>($"""
                SELECT s.item_id AS "Id", -ts_rank(s.document, q.query, 1) AS "Score"
                FROM knowledge_search s,
                    (SELECT to_tsquery('dutch', {tsquery}) || to_tsquery('english', {tsquery}) AS query) q
                WHERE s.document @@ q.query
                """);
        }
        // bm25 weights: a word in the title counts ten times, in the summary or themes four times, as much as one in the body.
        var match = string.Join(' ', terms.Select(t => "\"" + t + "\"*"));
        return db.Database.SqlQuery<Rank>($"""
            SELECT rowid AS "Id", bm25(knowledge_search, 10.0, 4.0, 1.0) AS "Score"
            FROM knowledge_search WHERE knowledge_search MATCH {match}
            """);
    }

    /// <summary>Words only: whatever else a visitor types (quotes, operators, SQL) never reaches either engine's query syntax.</summary>
    public static IReadOnlyList<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length <= 40).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
