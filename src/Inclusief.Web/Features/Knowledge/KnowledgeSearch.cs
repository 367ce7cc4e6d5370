using Inclusief.Web.Infrastructure.Pages;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// Full-text search over published items with one results contract on both databases: SQLite's FTS5 (bm25,
/// porter stemming for English, prefix matching for Dutch compounds) and PostgreSQL's full-text search
/// (Dutch or English stemming by the item's language, ts_rank). Ranking is tiered: items with every word in the
/// title first, then in the title or summary (with themes), both by relevance; then items that only mention
/// the words in their text, newest first. Each tier holds at most <see cref="TierLimit"/> items, the newest
/// matches: so a search costs the same whether a word is rare or in thirty thousand items (where relevance
/// scores say little anyway), and paging runs up to three thousand results. Each engine's index carries the
/// filter columns (visibility, kind, themes, publication date), so it filters, ranks and pages on its own and
/// hands back one page of ids; the items for those ids are then read by key. (Joining the index to the item
/// table made the planner read every matching item row: seconds at 50,000 items.)
/// </summary>
public sealed partial class KnowledgeSearch(AppDbContext db)
{
    public const int PageSize = 20;

    private const int MaxTerms = 8;

    /// <summary>How many of the newest matches a tier holds.</summary>
    public const int TierLimit = 1000;

    public sealed record Query(string? Text, KnowledgeKind? Kind = null, string? Theme = null, bool Members = false, int Page = 1);

    public sealed record Hit(int Id, KnowledgeKind Kind, string Title, string Summary, string AuthorName, string Language, DateTime? PublishedAt);

    public sealed record Results(IReadOnlyList<Hit> Hits, int Page, bool HasMore, bool Searched);

    public async Task<Results> FindAsync(Query query, CancellationToken cancellationToken = default)
    {
        var terms = Terms(query.Text);
        var items = db.PublishedItems(query.Members);
        if (query.Kind is { } kind)
        {
            items = items.Where(i => i.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            items = items.Where(i => i.Themes.Any(t => t.Name == theme));
        }
        var page = Pager.Valid(query.Page);
        var skip = (page - 1) * PageSize;
        if (terms.Count == 0)
        {
            var newest = await items.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Skip(skip).Take(PageSize + 1)
                .Select(i => new Hit(i.Id, i.Kind, i.Title, i.Summary, i.AuthorName, i.Language, i.PublishedAt)).ToListAsync(cancellationToken);
            return new Results(newest.Take(PageSize).ToList(), page, newest.Count > PageSize, false);
        }
        var ids = await RankedIdsAsync(terms, query, skip, PageSize + 1, cancellationToken);
        // By key only: with the status filter in SQL, SQLite walked the status index over every published item.
        var found = (await db.Set<KnowledgeItem>().AsNoTracking().Where(i => ids.Contains(i.Id))
                .Select(i => new { Hit = new Hit(i.Id, i.Kind, i.Title, i.Summary, i.AuthorName, i.Language, i.PublishedAt), i.Status, i.Visibility }).ToListAsync(cancellationToken))
            .Where(r => r.Status == KnowledgeStatus.Published && (query.Members || r.Visibility == KnowledgeVisibility.Public))
            .ToDictionary(r => r.Hit.Id, r => r.Hit);
        var hits = ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        return new Results(hits.Take(PageSize).ToList(), page, ids.Count > PageSize, true);
    }

    /// <summary>Puts a published item in the index (or refreshes it); anything else is taken out.</summary>
    public Task IndexAsync(KnowledgeItem item, CancellationToken cancellationToken = default) => WriteAsync(item.Id, cancellationToken);

    /// <summary>Rebuilds the whole index from the items in one statement (after a bulk load or a restore).</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        try
        {
            await WriteAsync(null, cancellationToken);
            if (db.Database.IsNpgsql())
            {
                // Moves the rows waiting in the GIN indexes' pending lists into the indexes (searching a long pending
                // list is slow) and refreshes the statistics the planner uses to guess how many items a word matches.
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE knowledge_search", cancellationToken);
            }
            else
            {
                // Merges the index segments a bulk insert leaves behind into one b-tree per table, so a query reads one.
                await db.Database.ExecuteSqlRawAsync("INSERT INTO knowledge_search (knowledge_search) VALUES ('optimize')", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("INSERT INTO knowledge_search_head (knowledge_search_head) VALUES ('optimize')", cancellationToken);
            }
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    /// <summary>
    /// The one definition of what is searchable, per engine: title; summary with the themes; body with the
    /// lessons. Written set-based, so one item and all items go through the same statement.
    /// </summary>
    private async Task WriteAsync(int? itemId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search WHERE {itemId}::integer IS NULL OR item_id = {itemId}", cancellationToken);
            // Raw, because the language-to-configuration table is SQL text (from code); the item id, if any, is the one parameter.
            var insert = $$"""
                INSERT INTO knowledge_search (item_id, title_doc, head_doc, document, visibility, kind, themes, published_at)
                SELECT d."Id",
                    to_tsvector(d.config, d."Title"),
                    to_tsvector(d.config, d."Title" || ' ' || d."Summary" || ' ' || replace(d.themes, '|', ' ')),
                    setweight(to_tsvector(d.config, d."Title"), 'A') ||
                    setweight(to_tsvector(d.config, d."Summary" || ' ' || replace(d.themes, '|', ' ')), 'B') ||
                    setweight(to_tsvector(d.config, d."Body" || ' ' || d.lessons), 'D'),
                    d."Visibility", d."Kind", '|' || d.themes || '|', d."PublishedAt"
                FROM (SELECT i."Id", i."Title", i."Summary", i."Body", i."Visibility", i."Kind", i."PublishedAt",
                        (CASE i."Language" {{LanguageConfigurations}} ELSE 'simple' END)::regconfig AS config,
                        COALESCE((SELECT string_agg(t."Name", '|') FROM "KnowledgeTheme" t WHERE t."ItemId" = i."Id"), '') AS themes,
                        COALESCE((SELECT string_agg(l."Title" || ' ' || l."Body", ' ') FROM "KnowledgeLesson" l WHERE l."ItemId" = i."Id"), '') AS lessons
                      FROM "KnowledgeItem" i
                      WHERE i."Status" = 'Published'{{(itemId is null ? "" : " AND i.\"Id\" = {0}")}}) d
                """;
            await db.Database.ExecuteSqlRawAsync(insert, itemId is { } id ? [id] : [], cancellationToken);
            return;
        }
        await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search WHERE {itemId} IS NULL OR rowid = {itemId}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM knowledge_search_head WHERE {itemId} IS NULL OR rowid = {itemId}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO knowledge_search (rowid, title, summary, body, visibility, kind, themes, published)
            SELECT d."Id", d."Title", d."Summary" || ' ' || replace(d.themes, '|', ' '), d."Body" || ' ' || d.lessons,
                d."Visibility", d."Kind", '|' || d.themes || '|', d."PublishedAt"
            FROM (SELECT i."Id", i."Title", i."Summary", i."Body", i."Visibility", i."Kind", i."PublishedAt",
                    COALESCE((SELECT group_concat(t."Name", '|') FROM "KnowledgeTheme" t WHERE t."ItemId" = i."Id"), '') AS themes,
                    COALESCE((SELECT group_concat(l."Title" || ' ' || l."Body", ' ') FROM "KnowledgeLesson" l WHERE l."ItemId" = i."Id"), '') AS lessons
                  FROM "KnowledgeItem" i
                  WHERE i."Status" = 'Published' AND ({itemId} IS NULL OR i."Id" = {itemId})) d
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO knowledge_search_head (rowid, title, head, visibility, kind, themes, published)
            SELECT rowid, title, summary, visibility, kind, themes, published FROM knowledge_search WHERE {itemId} IS NULL OR rowid = {itemId}
            """, cancellationToken);
    }

    /// <summary>
    /// The PostgreSQL text-search configuration per item language (<see cref="Cultures.Language.SearchConfiguration"/>):
    /// a stemmer where PostgreSQL has one, <c>simple</c> (words as written) for the rest. Fixed text from code, never input.
    /// </summary>
    private static readonly string LanguageConfigurations = string.Join(' ', Cultures.Known.Select(l => $"WHEN '{l.Code}' THEN '{l.SearchConfiguration}'"));

    private enum Tier
    {
        Title,
        Head,
        Body,
    }

    private enum Listing
    {
        Count,
        Ranked,
        Newest,
    }

    /// <summary>One page of item ids, best first: tier by tier, each matched, filtered, ranked and paged inside the engine.</summary>
    private async Task<List<int>> RankedIdsAsync(IReadOnlyList<string> terms, Query query, int skip, int take, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            if (skip > 0)
            {
                var inTier = await db.Database.SqlQueryRaw<int>(Statement(tier, Listing.Count), Arguments(terms, tier, query, 0, 0)).SingleAsync(cancellationToken);
                if (skip >= inTier)
                {
                    skip -= inTier;
                    continue;
                }
            }
            var wanted = Math.Min(take - ids.Count, TierLimit - skip);
            ids.AddRange(await db.Database.SqlQueryRaw<int>(Statement(tier, tier == Tier.Body ? Listing.Newest : Listing.Ranked), Arguments(terms, tier, query, skip, wanted))
                .ToListAsync(cancellationToken));
            skip = 0;
            if (ids.Count >= take)
            {
                break;
            }
        }
        return ids;
    }

    /// <summary>{0} the query, {1} members (1/0), {2} kind or null, {3} "|theme|" or null, {4} limit, {5} offset.</summary>
    private object[] Arguments(IReadOnlyList<string> terms, Tier tier, Query query, int skip, int take)
    {
        object? kind = query.Kind?.ToString();
        object? theme = string.IsNullOrWhiteSpace(query.Theme) ? null : "|" + query.Theme.Trim() + "|";
        object text;
        if (db.Database.IsNpgsql())
        {
            text = string.Join(" & ", terms.Select(t => t + ":*"));
        }
        else
        {
            var all = "(" + string.Join(' ', terms.Select(t => "\"" + t + "\"*")) + ")";
            text = tier switch
            {
                Tier.Title => "{title} : " + all,
                Tier.Head => all + " NOT {title} : " + all,
                _ => all + " NOT {title summary} : " + all,
            };
        }
        return [text, query.Members ? 1 : 0, kind ?? DBNull.Value, theme ?? DBNull.Value, take, skip];
    }

    /// <summary>The statement for one tier; only fixed text is put together here, every value is a parameter.</summary>
    private string Statement(Tier tier, Listing listing)
    {
        string match, filters, candidates;
        if (db.Database.IsNpgsql())
        {
            // The Dutch and English stemmers, the visitor's own and the plain words all read the query: "banken" finds a
            // Dutch "bank", "accounts" an English "account", a Romanian "contul" a Romanian "conturile", and a Bulgarian or
            // Polish word (no stemmer in PostgreSQL) the word as written.
            var query = $"(to_tsquery('dutch', {{0}}) || to_tsquery('english', {{0}}) || to_tsquery('simple', {{0}}) || to_tsquery('{Cultures.Find(Cultures.Current).SearchConfiguration}', {{0}}))";
            match = tier switch
            {
                Tier.Title => $"s.title_doc @@ {query}",
                Tier.Head => $"s.head_doc @@ {query} AND NOT s.title_doc @@ {query}",
                _ => $"s.document @@ {query} AND NOT s.head_doc @@ {query}",
            };
            filters = " AND ({1} = 1 OR s.visibility = 'Public') AND ({2}::text IS NULL OR s.kind = {2}) AND ({3}::text IS NULL OR position({3} in s.themes) > 0)";
            // MATERIALIZED keeps the planner from walking the primary key backwards and testing every row (it
            // underestimates what a text match costs); the matches come from the GIN index, then get ordered.
            var matches = $"WITH m AS MATERIALIZED (SELECT s.item_id AS id, s.head_doc, s.published_at FROM knowledge_search s WHERE {match}{filters}) ";
            candidates = $"SELECT * FROM m ORDER BY m.id DESC LIMIT {TierLimit}";
            return matches + listing switch
            {
                Listing.Count => $"SELECT least(count(*), {TierLimit})::integer AS \"Value\" FROM m",
                Listing.Ranked => $"SELECT c.id AS \"Value\" FROM ({candidates}) c ORDER BY ts_rank(c.head_doc, {query}, 1) DESC, c.published_at DESC, c.id DESC LIMIT {{4}} OFFSET {{5}}",
                _ => "SELECT m.id AS \"Value\" FROM m ORDER BY m.id DESC LIMIT {4} OFFSET {5}",
            };
        }
        // bm25 weights: a word in the title counts ten times, in the summary or themes four times, as much as one in the body.
        filters = " AND ({1} = 1 OR visibility = 'Public') AND ({2} IS NULL OR kind = {2}) AND ({3} IS NULL OR instr(themes, {3}) > 0)";
        var table = tier == Tier.Body ? "knowledge_search" : "knowledge_search_head";
        candidates = $"SELECT rowid AS id, bm25({table}, 0.0, 0.0, 0.0, 0.0, 10.0, 4.0) AS score, published FROM {table} WHERE {table} MATCH {{0}}{filters} ORDER BY rowid DESC LIMIT {TierLimit}";
        return listing switch
        {
            Listing.Count => $"SELECT count(*) AS \"Value\" FROM (SELECT rowid FROM {table} WHERE {table} MATCH {{0}}{filters} ORDER BY rowid DESC LIMIT {TierLimit}) c",
            Listing.Ranked => $"SELECT c.id AS \"Value\" FROM ({candidates}) c ORDER BY c.score, c.published DESC, c.id DESC LIMIT {{4}} OFFSET {{5}}",
            _ => $"SELECT rowid AS \"Value\" FROM {table} WHERE {table} MATCH {{0}}{filters} ORDER BY rowid DESC LIMIT {{4}} OFFSET {{5}}",
        };
    }

    /// <summary>Words only: whatever else a visitor types (quotes, operators, SQL) never reaches either engine's query syntax.</summary>
    public static IReadOnlyList<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length <= 40).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
