namespace Inclusief.Web.Features.Knowledge;

/// <summary>One lesson of a teaching module, in order.</summary>
public class KnowledgeLesson(int position, string title, string body)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public int ItemId { get; private set; }

    public int Position { get; private set; } = position;

    public string Title { get; private set; } = title;

    public string Body { get; private set; } = body;

    public void MoveTo(int position) => Position = position;
}

/// <summary>A signed-in member finished a lesson. One row per member and lesson; removed with the account.</summary>
public class LessonProgress
{
    public long Id { get; private set; }

    public Guid LessonId { get; private set; }

    public int ItemId { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTime CompletedAt { get; private set; }

    public static LessonProgress Completed(KnowledgeLesson lesson, string userId, DateTime now) =>
        new() { LessonId = lesson.Id, ItemId = lesson.ItemId, UserId = userId, CompletedAt = now };
}
