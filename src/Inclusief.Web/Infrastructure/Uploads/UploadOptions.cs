namespace Inclusief.Web.Infrastructure.Uploads;

public sealed class UploadOptions
{
    /// <summary>Outside wwwroot; relative paths are under the content root.</summary>
    public string Folder { get; set; } = "data/uploads";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Files one account may upload per programme day.</summary>
    public int FilesPerDay { get; set; } = 50;

    /// <summary>Bytes one account may upload per programme day.</summary>
    public long BytesPerDay { get; set; } = 200 * 1024 * 1024;
}
