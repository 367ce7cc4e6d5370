using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>The editors' steps after review: back to the author with a note, archive, publish again.</summary>
[Authorize(Policy = KnowledgePermissions.Edit)]
public sealed class ReviewModel(KnowledgeEditing editing, IAuthorizationService authorization, TimeProvider clock) : KnowledgeStepModel(editing, authorization)
{
    public string? Note { get; private set; }

    public Task<IActionResult> OnPostReturnAsync(int id, string? note)
    {
        Note = note;
        return StepAsync(id, KnowledgePermissions.Write, item => item.ReturnToAuthor(note, Now), "Teruggestuurd naar de auteur.", typed: true);
    }

    public Task<IActionResult> OnPostArchiveAsync(int id) =>
        StepAsync(id, KnowledgePermissions.Write, item => item.Archive(Now), "Gearchiveerd: het stuk staat niet meer in de kennisbank.");

    public Task<IActionResult> OnPostRepublishAsync(int id) =>
        StepAsync(id, KnowledgePermissions.Write, item => item.Publish(Now), "Weer gepubliceerd.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
