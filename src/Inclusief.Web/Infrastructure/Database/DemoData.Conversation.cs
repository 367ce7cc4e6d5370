using Inclusief.Data;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

public static partial class DemoData
{
    /// <summary>A shared idea with support and a conversation, a thread on the demo sub-project, and what its followers were told.</summary>
    private static async Task SeedConversationAsync(AppDbContext db, string roosId, string samId, string noorId, DateTime now)
    {
        var idea = Idea.Submit(Guid.NewGuid(), noorId, new Idea.Content(IdeaKind.ProjectIdea, "Een lijst van verhuurders die wél aan sekswerkers verhuren (demo)",
            "Veel verhuurders weigeren een werkplek zodra ze horen wat je doet. Een lijst van verhuurders die wel willen, zou veel zoeken en afwijzing schelen. (demo)",
            "Sekswerkers die een werkplek zoeken", null, "GM0518", null, Shared: true), now.AddDays(-6));
        db.Add(idea);
        db.AddRange(IdeaSupport.Give(idea, roosId, now.AddDays(-5)), IdeaSupport.Give(idea, samId, now.AddDays(-4)));
        var ideaSubject = CommentSubjects.Of(idea);
        var question = Comment.Write(ideaSubject, null, samId, "Goed idee. Hoe voorkom je dat zo'n lijst bij de verkeerde mensen terechtkomt? (demo)", now.AddDays(-4));
        db.Add(question);
        db.Add(Comment.Write(ideaSubject, question, noorId, "Alleen zichtbaar voor mensen met een account, en zonder adressen: alleen een contactpersoon. (demo)", now.AddDays(-3)));
        var project = await db.Set<SubProject>().FirstAsync(p => p.Title == "Bankrekening voor sekswerkers (demo)");
        var projectSubject = CommentSubjects.Of(project);
        db.Add(Comment.Write(projectSubject, null, roosId, "Bij mijn bank vroegen ze om een **ondernemingsplan**. Misschien iets voor de handreiking? (demo)", now.AddDays(-3)));
        var key = CommentSubjects.KeyOf(idea.Id);
        db.AddRange(Follow.Start(noorId, FollowTarget.Idea, key, now.AddDays(-6)), Follow.Start(samId, FollowTarget.Idea, key, now.AddDays(-4)),
            Follow.Start(roosId, FollowTarget.SubProject, projectSubject.Key, now.AddDays(-3)), Follow.Start(roosId, FollowTarget.Events, "", now.AddDays(-3)));
        db.AddRange(Notification.For(noorId, NotificationKind.Comment, FollowTarget.Idea, key, idea.Title, $"{ideaSubject.Path}#reactie-{question.Id}", now.AddDays(-4)),
            Notification.For(samId, NotificationKind.Reply, FollowTarget.Idea, key, idea.Title, $"{ideaSubject.Path}#reacties", now.AddDays(-3)));
        await db.SaveChangesAsync();
    }
}
