namespace Inclusief.Web;

/// <summary>
/// Moving one item of a list the organiser or author put in order (lessons, rounds, sessions) one place up or down:
/// the two swap and the list is numbered again from 1, so positions stay unique however often it is done. At either
/// end nothing moves. In the root namespace, like <see cref="RuleException"/>, for every feature's entities.
/// </summary>
public static class Ordering
{
    public static void Move<T>(IEnumerable<T> items, Func<T, int> position, Action<T, int> moveTo, Func<T, bool> isTheOne, int direction)
    {
        var ordered = items.OrderBy(position).ToList();
        var index = ordered.FindIndex(item => isTheOne(item));
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            moveTo(ordered[i], i + 1);
        }
    }
}
