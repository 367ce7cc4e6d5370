using Inclusief.Data;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>The photos the image bank shows (consent recorded, not withdrawn): for its own pages and for covers elsewhere.</summary>
public static class PhotoCatalogue
{
    public static IQueryable<Photo> ShownPhotos(this AppDbContext db) =>
        db.Set<Photo>().Where(p => p.Status == PhotoStatus.Shown);
}
