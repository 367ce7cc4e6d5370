using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Feedback.Admin;

public sealed class RoundInput
{
    public const int QuestionSlots = 5;

    [Required]
    [StringLength(FeedbackRound.TitleMaxLength)]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required]
    [StringLength(FeedbackRound.TextMaxLength)]
    [Display(Name = "Waar gaat het over?")]
    public string Introduction { get; set; } = "";

    public FeedbackAudience Audience { get; set; } = FeedbackAudience.SoundingBoard;

    public Guid? SubProjectId { get; set; }

    public Guid? IdeaId { get; set; }

    [Required]
    [Display(Name = "Sluit op (datum)")]
    public DateOnly? DeadlineDate { get; set; }

    [Display(Name = "Sluit om (tijd)")]
    public TimeOnly DeadlineTime { get; set; } = new(23, 59);

    public List<QuestionInput> Questions { get; set; } = [.. Enumerable.Range(0, QuestionSlots).Select(_ => new QuestionInput())];
}

public sealed class QuestionInput
{
    [StringLength(FeedbackQuestion.TextMaxLength)]
    [Display(Name = "Vraag")]
    public string? Text { get; set; }

    public QuestionKind Kind { get; set; }

    [StringLength(FeedbackQuestion.OptionsMaxLength)]
    [Display(Name = "Keuzes")]
    public string? Options { get; set; }
}
