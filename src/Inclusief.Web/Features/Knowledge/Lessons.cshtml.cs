using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>The lessons of a teaching module: added, moved and removed by whoever may change the item.</summary>
[Authorize]
public sealed class LessonsModel(KnowledgeEditing editing, IAuthorizationService authorization) : KnowledgeStepModel(editing, authorization)
{
    public string? LessonTitle { get; private set; }

    public string? LessonBody { get; private set; }

    public Task<IActionResult> OnPostAddAsync(int id, string? lessonTitle, string? lessonBody)
    {
        (LessonTitle, LessonBody) = (lessonTitle, lessonBody);
        return StepAsync(id, KnowledgePermissions.Change, item => item.AddLesson(lessonTitle, lessonBody), "De les is toegevoegd.", typed: true);
    }

    public Task<IActionResult> OnPostMoveAsync(int id, Guid lesson, int direction) =>
        StepAsync(id, KnowledgePermissions.Change, item => item.MoveLesson(lesson, direction), "De volgorde is aangepast.");

    public Task<IActionResult> OnPostRemoveAsync(int id, Guid lesson) =>
        StepAsync(id, KnowledgePermissions.Change, item => item.RemoveLesson(lesson), "De les is verwijderd.");
}
