namespace Inclusief.Tests.Support;

/// <summary>
/// A site listening on the port Kannel calls (test.sh points its sms-service there), asking for delivery reports at the
/// same address: a reply STOP and a report travel the whole way. One port, so these tests share a collection that runs alone.
/// </summary>
public class KannelListeningFactory : AppFactory
{
    public const string Collection = "Kannel calls the site";

    public KannelListeningFactory()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, FakeSmsc.InboundPort));
        ClientOptions.BaseAddress = new Uri($"http://127.0.0.1:{FakeSmsc.InboundPort}");
    }

    protected override Dictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = FakeSmsc.Settings();
            settings["Sms:InboundSecret"] = FakeSmsc.InboundSecret;
            settings["Sms:CallbackUrl"] = $"http://127.0.0.1:{FakeSmsc.InboundPort}";
            foreach (var (key, value) in MoreSettings)
            {
                settings[key] = value;
            }
            return settings;
        }
    }

    protected virtual Dictionary<string, string?> MoreSettings => [];
}

[CollectionDefinition(KannelListeningFactory.Collection, DisableParallelization = true)]
public sealed class KannelCallsTheSite;
