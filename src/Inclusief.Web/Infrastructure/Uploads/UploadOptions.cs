namespace Inclusief.Web.Infrastructure.Uploads;

public sealed class UploadOptions
{
    /// <summary>Outside wwwroot; relative paths are under the content root.</summary>
    public string Folder { get; set; } = "data/uploads";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
