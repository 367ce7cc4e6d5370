using Inclusief.Data;
using Inclusief.Tests.Features.Conversation;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Features.Projects;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Notifications;

/// <summary>
/// Who is told of a thing (<see cref="NotificationAudience"/>, over many accounts at once) and who may read its thread
/// (<see cref="CommentSubjects"/>, through each feature's authorization) answer alike for every kind and visibility.
/// </summary>
public sealed class NotificationAudienceTests(ConversationWorld app) : IClassFixture<ConversationWorld>
{
    [Fact]
    public async Task Notifications_reach_exactly_those_who_may_read_the_thread()
    {
        var submitter = await app.CreateAsync();
        var member = await app.CreateAsync();
        var workGroupMember = await app.CreateAsync();
        var lead = await app.CreateAsync();
        var deactivated = await app.CreateAsync();
        var unshared = CommentSubjects.Of(await app.SharedIdeaAsync(submitter, shared: false));
        var subjects = new List<CommentSubject> { CommentSubjects.Of(await app.SharedIdeaAsync(submitter)), unshared };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var visibility in Enum.GetValues<Visibility>())
            {
                var project = SubProject.FromIdea(Guid.NewGuid(), $"Deelproject {visibility}", "Vraag", null, lead.Id, app.Now);
                project.Change(new SubProject.Settings(project.Title, project.Question, null, null, SubProjectStatus.Running, visibility, null, null, null));
                project.AddMember(workGroupMember.Id, WorkGroupRole.Member, app.Now);
                var result = ProjectResult.Create(project.Id, $"Resultaat {visibility}", "Samenvatting", null);
                result.Publish(app.Now);
                db.AddRange(project, result);
                subjects.Add(CommentSubjects.Of(project));
                subjects.Add(CommentSubjects.Of(result, project));
            }
            (await db.Users.FindAsync(deactivated.Id))!.DeactivatedAt = app.Now;
            await db.SaveChangesAsync();
        }
        var people = new[] { submitter, member, workGroupMember, lead, deactivated };

        await using var check = app.Services.CreateAsyncScope();
        var services = check.ServiceProvider;
        var audience = services.GetRequiredService<NotificationAudience>();
        var disagreements = new List<string>();
        foreach (var subject in subjects)
        {
            var told = await audience.WhoMayReadAsync(FollowTargets.Of(subject.Kind), subject.Key, [.. people.Select(p => p.Id)]);
            foreach (var person in people)
            {
                var principal = await services.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync((await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(person.Id))!);
                // An idea not shared has no thread, but its submitter reads it and hears of its status.
                var reads = person != deactivated && (await services.GetRequiredService<CommentSubjects>().FindAsync(subject.Kind, subject.Key, principal) is not null
                    || (subject == unshared && person == submitter));
                if (reads != told.Contains(person.Id))
                {
                    disagreements.Add($"{subject.Title} ({subject.Kind}), {(person == submitter ? "submitter" : person == member ? "member" : person == workGroupMember ? "work group" : person == lead ? "lead" : "deactivated")}: thread {reads}, told {told.Contains(person.Id)}");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.Equal(2 + 2 * Enum.GetValues<Visibility>().Length, subjects.Count);
    }
}
