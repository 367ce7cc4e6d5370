namespace Inclusief.Web.Infrastructure.Audit;

/// <summary>Marks an entity whose rows may be added but never changed or removed.</summary>
public interface IAppendOnly;
