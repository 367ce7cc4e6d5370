namespace Inclusief.Tests.Support;

/// <summary>
/// Another app instance of the same site, as production runs several behind a proxy: the first instance's database
/// and master key (so its data-protection keys), its own memory (output cache, in-memory limits).
/// </summary>
public sealed class SecondInstance(AppFactory first, Dictionary<string, string?>? settings = null) : AppFactory
{
    protected override Dictionary<string, string?> ExtraSettings
    {
        get
        {
            var shared = new Dictionary<string, string?>(settings ?? []);
            foreach (var (key, value) in first.Database.Settings)
            {
                shared[key] = value;
            }
            shared["Crypto:MasterKeyFile"] = first.MasterKeyFile;
            return shared;
        }
    }
}
