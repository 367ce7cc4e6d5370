using System.Globalization;
using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// Finds what a comment is about, only when the reader may read it there: each feature's own rule decides (an idea's
/// sharing, a sub-project's visibility, a knowledge item's, an event's audience). What a reader may not read does not
/// exist for them here, so a thread, a reply, a report or a notification never reaches past the item's own readers.
/// </summary>
public sealed class CommentSubjects(AppDbContext db, IAuthorizationService authorization)
{
    public async Task<CommentSubject?> FindAsync(CommentSubjectKind kind, string? key, ClaimsPrincipal reader)
    {
        if (string.IsNullOrEmpty(key) || key.Length > CommentSubject.KeyMaxLength)
        {
            return null;
        }
        return kind switch
        {
            CommentSubjectKind.Idea => Guid.TryParse(key, out var id) ? await IdeaAsync(id, reader) : null,
            CommentSubjectKind.SubProject => Guid.TryParse(key, out var id) ? await SubProjectAsync(id, reader) : null,
            CommentSubjectKind.ProjectResult => Guid.TryParse(key, out var id) ? await ResultAsync(id, reader) : null,
            CommentSubjectKind.KnowledgeItem => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? await KnowledgeItemAsync(id, reader) : null,
            CommentSubjectKind.EventWriteUp => Guid.TryParse(key, out var id) ? await WriteUpAsync(id) : null,
            _ => null,
        };
    }

    public static CommentSubject Of(Idea idea) =>
        new(CommentSubjectKind.Idea, KeyOf(idea.Id), idea.Title, $"/Ideas/Details/{idea.Id}", IsPublic: false);

    public static CommentSubject Of(SubProject project) =>
        new(CommentSubjectKind.SubProject, KeyOf(project.Id), project.Title, $"/Projects/Details/{project.Id}", project.Visibility == Visibility.Public);

    public static CommentSubject Of(ProjectResult result, SubProject project) =>
        new(CommentSubjectKind.ProjectResult, KeyOf(result.Id), result.Title, $"/Projects/Result/{result.Id}", project.Visibility == Visibility.Public);

    public static CommentSubject Of(KnowledgeItem item) =>
        new(CommentSubjectKind.KnowledgeItem, item.Id.ToString(CultureInfo.InvariantCulture), item.Title, $"/Knowledge/Item/{item.Id}", item.IsPublic);

    public static CommentSubject Of(Event ev) =>
        new(CommentSubjectKind.EventWriteUp, KeyOf(ev.Id), ev.Title, $"/Events/Details/{ev.Id}", IsPublic: true);

    /// <summary>An idea takes comments once its submitter shared it; before that its questions and answers are the conversation.</summary>
    public static bool TakesComments(Idea idea) => idea.IsShared;

    /// <summary>An event's write-up takes comments once published, on an event its page shows to anyone (not one by invitation).</summary>
    public static bool TakesComments(Event ev) => ev.IsPublished && ev.WriteUpPublishedAt is not null && ev.Audience != EventAudience.InvitationOnly;

    /// <summary>
    /// Which of these items of one kind still exist, whoever may read them: a thread, a follow or a closing outlives
    /// an item that was deleted (an erased submitter's idea) only until retention finds it gone.
    /// </summary>
    public async Task<IReadOnlySet<string>> ExistingAsync(CommentSubjectKind kind, IReadOnlyCollection<string> keys)
    {
        var guids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToArray();
        IEnumerable<Guid> found = kind switch
        {
            CommentSubjectKind.Idea => await db.Set<Idea>().Where(i => guids.Contains(i.Id)).Select(i => i.Id).ToListAsync(),
            CommentSubjectKind.SubProject => await db.Set<SubProject>().Where(p => guids.Contains(p.Id)).Select(p => p.Id).ToListAsync(),
            CommentSubjectKind.ProjectResult => await db.Set<ProjectResult>().Where(r => guids.Contains(r.Id)).Select(r => r.Id).ToListAsync(),
            CommentSubjectKind.EventWriteUp => await db.Set<Event>().Where(e => guids.Contains(e.Id)).Select(e => e.Id).ToListAsync(),
            _ => [],
        };
        if (kind != CommentSubjectKind.KnowledgeItem)
        {
            return found.Select(KeyOf).ToHashSet();
        }
        var ids = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToArray();
        return (await db.Set<KnowledgeItem>().Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync()).Select(id => id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
    }

    /// <summary>How a comment names an item with a Guid id (lists count comments per item by it).</summary>
    public static string KeyOf(Guid id) => id.ToString("D");

    private async Task<CommentSubject?> IdeaAsync(Guid id, ClaimsPrincipal reader)
    {
        var idea = await db.Set<Idea>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        return idea is not null && TakesComments(idea) && (await authorization.AuthorizeAsync(reader, idea, IdeaPermissions.ReadShared)).Succeeded ? Of(idea) : null;
    }

    private async Task<CommentSubject?> SubProjectAsync(Guid id, ClaimsPrincipal reader)
    {
        var project = await db.Set<SubProject>().AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id);
        return project is not null && (await authorization.AuthorizeAsync(reader, project, ProjectPermissions.Read)).Succeeded ? Of(project) : null;
    }

    private async Task<CommentSubject?> ResultAsync(Guid id, ClaimsPrincipal reader)
    {
        var result = await db.Set<ProjectResult>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.PublishedAt != null);
        if (result is null)
        {
            return null;
        }
        var project = await db.Set<SubProject>().AsNoTracking().Include(p => p.Members).SingleAsync(p => p.Id == result.SubProjectId);
        return (await authorization.AuthorizeAsync(reader, project, ProjectPermissions.Read)).Succeeded ? Of(result, project) : null;
    }

    private async Task<CommentSubject?> KnowledgeItemAsync(int id, ClaimsPrincipal reader)
    {
        var item = await db.Set<KnowledgeItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        var userId = reader.FindFirstValue(ClaimTypes.NameIdentifier);
        return item is not null && KnowledgeAccessRule.For(item, userId, isEditor: false) == KnowledgeAccess.Read ? Of(item) : null;
    }

    private async Task<CommentSubject?> WriteUpAsync(Guid id)
    {
        var ev = await db.Set<Event>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        return ev is not null && TakesComments(ev) ? Of(ev) : null;
    }
}
