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
    public async Task IndexAsync(KnowledgeItem item, CancellationToken cancellationToken = default)
    {
        if (item.Status != KnowledgeStatus.Published)
        {
            await RemoveAsync(item.Id, cancellationToken);
            return;
        }
        var summary = item.Summary + "\n" + string.Join(", ", item.Themes.Select(t => t.Name));
        var body = item.SearchBody;
        if (db.Database.IsNpgsql())
        {
            var config = item.Language == "en" ? "english" : "dutch";
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO knowledge_search (item_id, document)
                VALUES ({item.Id},
                    setweight(to_tsvector(CAST({config} AS regconfig), {item.Title}), 'A') ||
                    setweight(to_tsvector(CAST({config} AS regconfig), {summary}), 'B') ||
                    setweight(to_tsvector(CAST({config} AS regconfig), {body}), 'D'))
                ON CONFLICT (item_id) DO UPDATE SET document = EXCLUDED.document
                """, cancellationToken);
            return;
        }
        await RemoveAsync(item.Id, cancellationToken);
        await db.Database.ExecuteSqlAsync($"INSERT INTO knowledge_search (rowid, title, summary, body) VALUES ({item.Id}, {item.Title}, {summary}, {body})", cancellationToken);
    }

    public async Task RemoveAsync(int itemId, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search WHERE item_id = {itemId}", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search WHERE rowid = {itemId}", cancellationToken);
        }
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
